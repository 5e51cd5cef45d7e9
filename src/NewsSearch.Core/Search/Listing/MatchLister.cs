using Lucene.Net.Analysis;
using Lucene.Net.Search;
using NewsSearch.Search.Matching;
using NewsSearch.Search.Rescoring;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Search.Listing;

/// <summary>Lists a query's whole match set (what exports and saved searches are made of), not one page: the match
/// set's query is run once into a <see cref="MatchCollector"/>, ordered, and read article by article afterwards.
/// In relevance order the first hits are rescored as a search's are, so the two rank alike.</summary>
internal sealed class MatchLister
{
    private readonly SearcherManager _searchers;
    private readonly QueryBuilder _queries;
    private readonly SnippetBuilder _snippets;
    private readonly PlainSnippets _plain;
    private readonly RankingOptions _ranking;

    public MatchLister(SearcherManager searchers, Analyzer analyzer, RankingOptions ranking)
    {
        _searchers = searchers;
        _ranking = ranking;
        _queries = new QueryBuilder(analyzer, ranking);
        _snippets = new SnippetBuilder(analyzer);
        _plain = new PlainSnippets(analyzer);
    }

    /// <param name="request">The query and its outlet and date filters (paging, facets and collapsing are ignored).</param>
    /// <param name="order">The order.</param>
    /// <param name="snippets">What snippets to build.</param>
    /// <param name="indexedAfter">Only articles indexed after this time (ms since 1970 UTC).</param>
    public MatchListing List(SearchRequest request, MatchOrder order, SnippetKind snippets, long indexedAfter = long.MinValue)
    {
        request.Validate();
        var lease = new SearcherLease(_searchers);
        try
        {
            var searcher = lease.Searcher;
            var matches = MatchSet.Resolve(_queries, searcher, request.Query ?? "", request);
            if (matches.Matching is null || matches.Plan.Query is null)
            {
                return new MatchListing(lease, null, [], _ => "", matches.Notices, relaxed: false);
            }

            var hits = new MatchCollector(order == MatchOrder.Indexed || indexedAfter != long.MinValue, indexedAfter);
            searcher.Search(matches.Matching, matches.Filter, hits);
            var ordered = hits.Ordered(order);
            if (order == MatchOrder.Relevance && matches.Plan.Rescore is { } terms)
            {
                Rescore(searcher, hits, ordered, terms);
            }

            var snippet = snippets switch
            {
                SnippetKind.Highlighted => _snippets.ForQuery(matches.Plan.Query, searcher.IndexReader),
                SnippetKind.Plain => _plain.ForQuery(matches.Plan.Query, searcher),
                _ => _ => "",
            };
            return new MatchListing(lease, hits, ordered, snippet, matches.Notices, matches.Relaxed);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Reorders the first hits by their bonuses, as a search's relevance ranking does; the rest keep their place.</summary>
    private void Rescore(IndexSearcher searcher, MatchCollector hits, int[] ordered, RescoreTerms terms)
    {
        var depth = Math.Min(_ranking.RescoreDepth, ordered.Length);
        if (depth <= 1)
        {
            return;
        }

        var head = new List<(int Doc, float Score)>(depth);
        for (var i = 0; i < depth; i++)
        {
            head.Add((hits.Docs[ordered[i]], hits.Scores[ordered[i]]));
        }

        hits.AddBonuses(TopRescorer.Bonuses(searcher.IndexReader, head, terms, _ranking));
        Array.Sort(ordered, 0, depth, Comparer<int>.Create((a, b) =>
        {
            var byScore = hits.Scores[b].CompareTo(hits.Scores[a]);
            return byScore != 0 ? byScore : hits.Docs[a].CompareTo(hits.Docs[b]);
        }));
    }
}
