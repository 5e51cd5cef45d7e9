using Lucene.Net.Search;
using NewsSearch.Search.Parsing;

namespace NewsSearch.Search.Matching;

/// <summary>How a query text was read against one index: the ranking query (whatever scores best, any concept may
/// match), the match set's query (the articles holding every concept, or most of a question's: what counts, facets,
/// date order, coverage, terms, exports and watches are made of), the outlet and date filter, and notices.</summary>
/// <param name="Plan">The query as planned; <see cref="QueryPlan.Query"/> ranks, and is <c>null</c> when nothing is left to search.</param>
/// <param name="Matching">The match set's query (<c>null</c> with nothing to search); the ranking query itself when
/// it restricts nothing or when no article holds every concept.</param>
/// <param name="Filter">The outlet and date filter, or <c>null</c>.</param>
/// <param name="Relaxed">Whether no article held every concept asked for, so the set is the articles holding some.</param>
/// <param name="Notices">How the query was read, when that is not obvious.</param>
internal sealed record MatchSet(QueryPlan Plan, Query? Matching, Filter? Filter, bool Relaxed, IReadOnlyList<string> Notices)
{
    /// <summary>The notice of a relaxed set.</summary>
    public const string RelaxedNotice = "No article holds every word of the query; showing articles that hold some of them.";

    /// <summary>Whether the match set is narrower than what the ranking query matches.</summary>
    public bool Narrower => Matching is not null && !ReferenceEquals(Matching, Plan.Query);

    /// <summary>Reads <paramref name="text"/> against <paramref name="searcher"/>'s index, falling back to the articles
    /// holding some of the concepts when none holds every one within the request's filter.</summary>
    public static MatchSet Resolve(QueryBuilder queries, IndexSearcher searcher, string text, SearchRequest request)
    {
        var notices = new List<string>();
        if (text.Length > QueryLimits.MaxQueryLength)
        {
            text = text[..QueryLimits.MaxQueryLength];
            notices.Add($"Only the first {QueryLimits.MaxQueryLength} characters of the query were searched.");
        }

        var parsed = UserQueryParser.Parse(text);
        if (parsed.FellBack)
        {
            notices.Add("The query syntax was not understood; its words were searched instead.");
        }

        var filter = Filters.For(request);
        var plan = queries.Plan(parsed.Root, text, searcher.IndexReader);
        if (plan.Query is null)
        {
            notices.Add("The query has no words to search for.");
            return new MatchSet(plan, null, filter, Relaxed: false, notices);
        }

        if (ReferenceEquals(plan.Matching, plan.Query) || AnyHit.Exists(searcher, plan.Matching!, filter))
        {
            return new MatchSet(plan, plan.Matching, filter, Relaxed: false, notices);
        }

        notices.Add(RelaxedNotice);
        return new MatchSet(plan, plan.Relaxed ?? plan.Query, filter, Relaxed: true, notices);
    }
}
