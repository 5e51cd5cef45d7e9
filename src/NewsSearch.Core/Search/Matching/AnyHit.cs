using Lucene.Net.Search;

namespace NewsSearch.Search.Matching;

/// <summary>Whether a query matches anything: stops at the first hit instead of scoring and counting them all.</summary>
internal static class AnyHit
{
    /// <summary>Looks segment by segment for a first match of <paramref name="query"/> within <paramref name="filter"/>
    /// (as <see cref="IndexSearcher.Search(Query, Filter, ICollector)"/> would filter it). A collector could only stop
    /// by throwing, once per remaining segment: a dozen exceptions per search on a large index.</summary>
    public static bool Exists(IndexSearcher searcher, Query query, Filter? filter)
    {
        query = MatchingPart.Of(query);
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                return true;
            }
        }

        return false;
    }
}
