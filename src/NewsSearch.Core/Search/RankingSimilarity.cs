using Lucene.Net.Search.Similarities;

namespace NewsSearch.Search;

/// <summary>BM25 with a coordination factor: a query's top-level words are combined in a boolean query whose score is
/// multiplied by (words matched / words asked)^<see cref="RankingOptions.CoordPower"/>, so an article holding more of
/// the query's words outranks one that repeats a few of them. The query builder disables coord on every other boolean.
/// Norms are BM25's, so an index written with plain BM25 reads the same.</summary>
internal sealed class RankingSimilarity : BM25Similarity
{
    private readonly float _coordPower;

    public RankingSimilarity(RankingOptions options)
        : base(options.K1, options.B) => _coordPower = options.CoordPower;

    public override float Coord(int overlap, int maxOverlap) =>
        _coordPower <= 0 || maxOverlap <= 1 ? 1f : MathF.Pow((float)overlap / maxOverlap, _coordPower);
}
