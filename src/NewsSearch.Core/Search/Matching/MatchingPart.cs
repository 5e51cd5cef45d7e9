using Lucene.Net.Search;

namespace NewsSearch.Search.Matching;

/// <summary>The part of a query that decides which documents match, without the clauses that only add to the score:
/// the optional clauses of a Boolean query that also requires clauses (and asks no minimum of the optional ones)
/// match nothing on their own. Counting, testing for any hit and collecting a match set then skip the weights and
/// scorers of the proximity, all-words and lead bonuses; the documents are the same.</summary>
internal static class MatchingPart
{
    public static Query Of(Query query) => query switch
    {
        BooleanQuery boolean => Boolean(boolean),
        FilteredQuery filtered when Of(filtered.Query) is var inner && !ReferenceEquals(inner, filtered.Query) =>
            new FilteredQuery(inner, filtered.Filter, filtered.Strategy),
        _ => query,
    };

    private static Query Boolean(BooleanQuery boolean)
    {
        var optionalOnlyScores = boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.Any(c => c.Occur == Occur.MUST);
        var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        var changed = false;
        foreach (var clause in boolean.Clauses)
        {
            if (optionalOnlyScores && clause.Occur == Occur.SHOULD)
            {
                changed = true;
                continue;
            }

            var inner = Of(clause.Query);
            changed |= !ReferenceEquals(inner, clause.Query);
            copy.Add(inner, clause.Occur);
        }

        return changed ? copy : boolean;
    }
}
