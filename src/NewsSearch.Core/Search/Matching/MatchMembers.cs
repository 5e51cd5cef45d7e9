using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Search.Matching;

/// <summary>The documents of a match set as a bit set over top-level document ids, for a pass over a wider ranking
/// query that must count, facet and total only the match set.</summary>
internal sealed class MatchMembers : ICollector
{
    private readonly FixedBitSet _bits;
    private int _docBase;

    private MatchMembers(int maxDoc) => _bits = new FixedBitSet(Math.Max(maxDoc, 1));

    // In document order, as the pass over all hits: no bucket table per segment (see AllHitsCollector).
    public bool AcceptsDocsOutOfOrder => false;

    /// <summary>The documents <paramref name="matching"/> matches within <paramref name="filter"/>.</summary>
    public static FixedBitSet Of(IndexSearcher searcher, Query matching, Filter? filter)
    {
        var members = new MatchMembers(searcher.IndexReader.MaxDoc);
        searcher.Search(MatchingPart.Of(matching), filter, members);
        return members._bits;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => _bits.Set(_docBase + doc);
}
