using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace NewsSearch.Search;

/// <summary>Makes the searchers of an engine: with its similarity (norms are encoded at index time with the writer's
/// similarity; searching with the same one keeps scores consistent), and, for every reopened index, with what searches
/// need of it read beforehand (<see cref="ReaderWarming"/>). The index first opened is left to the first search, which
/// may not need all of it (statistics, a search without collapsing). <paramref name="warm"/> reads what query building
/// keeps per reader (<see cref="ArticleSearcher.WarmQueries"/>).</summary>
internal sealed class WarmingSearcherFactory(Similarity similarity, bool titleRarityFromBody = false, Action<IndexReader>? warm = null) : SearcherFactory
{
    private bool _opened;

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        if (_opened)
        {
            ReaderWarming.Warm(reader);
            warm?.Invoke(reader);
        }

        _opened = true;
        return titleRarityFromBody ? new ConceptRaritySearcher(reader) { Similarity = similarity } : new IndexSearcher(reader) { Similarity = similarity };
    }
}
