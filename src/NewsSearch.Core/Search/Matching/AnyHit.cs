using Lucene.Net.Search;

namespace NewsSearch.Search.Matching;

/// <summary>Whether a query matches anything, or enough: stops at the hit that decides instead of scoring and
/// counting them all.</summary>
internal static class AnyHit
{
    /// <summary>Looks segment by segment for a first match of <paramref name="query"/> within <paramref name="filter"/>
    /// (as <see cref="IndexSearcher.Search(Query, Filter, ICollector)"/> would filter it). A collector could only stop
    /// by throwing, once per remaining segment: a dozen exceptions per search on a large index.</summary>
    public static bool Exists(IndexSearcher searcher, Query query, Filter? filter) => AtLeast(searcher, query, filter, 1);

    /// <summary>Whether <paramref name="query"/> matches at least <paramref name="count"/> articles: stops counting
    /// there, so a frequent query costs no more than a rare one.</summary>
    public static bool AtLeast(IndexSearcher searcher, Query query, Filter? filter, int count)
    {
        query = MatchingPart.Of(query);
        var weight = searcher.CreateNormalizedWeight(filter is null ? query : new FilteredQuery(query, filter));
        var seen = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            while (seen < count && scorer is not null && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                seen++;
            }

            if (seen >= count)
            {
                return true;
            }
        }

        return false;
    }
}
