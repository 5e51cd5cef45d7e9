using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Search.Matching;
using NewsSearch.Search.Paging;
using NewsSearch.Search.Rescoring;
using NewsSearch.Search.Similar;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Search;

/// <summary>Runs searches against the current index: query building, filters, order, paging, facets, collapsing,
/// hits with snippets; and finds articles similar to a given one.</summary>
internal sealed class ArticleSearcher
{
    private readonly SearcherManager _searchers;
    private readonly QueryBuilder _queries;
    private readonly SnippetBuilder _snippets;
    private readonly Pagers _pagers = new();
    private readonly SimilarArticles _similar;
    private readonly RankingOptions _ranking;

    public ArticleSearcher(SearcherManager searchers, Analyzer analyzer, RankingOptions ranking)
    {
        _searchers = searchers;
        _ranking = ranking;
        _queries = new QueryBuilder(analyzer, ranking);
        _snippets = new SnippetBuilder(analyzer);
        _similar = new SimilarArticles(analyzer);
    }

    /// <summary>How query texts are read; shared with coverage and terms, so every count reads a query the same way.</summary>
    public QueryBuilder Queries => _queries;

    public SearchResults Search(SearchRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        using var lease = new SearcherLease(_searchers);
        var searcher = lease.Searcher;
        var matches = MatchSet.Resolve(_queries, searcher, request.Query ?? "", request);
        var notices = matches.Notices.ToList();
        var plan = matches.Plan;
        var query = plan.Query;
        if (query is null)
        {
            return Empty(request, notices, clock.Elapsed);
        }

        var filter = matches.Filter;
        var ranked = query;
        TopHitRescoring? rescoring = null;
        if (request.Sort == SearchSort.Relevance && plan.Rescore is { } terms && _ranking.RescoreDepth > 1)
        {
            if (request.Explain)
            {
                // The bonuses become part of the query, so that each hit's explanation shows its own.
                var bonuses = TopRescorer.Bonuses(searcher, query, filter, terms, _ranking);
                ranked = bonuses.Count > 0 ? new RescoredQuery(query, bonuses) : query;
            }
            else
            {
                // Cheaper: the pager adds the bonuses to the hits it collects anyway.
                var reader = searcher.IndexReader;
                rescoring = new TopHitRescoring(_ranking.RescoreDepth, top => TopRescorer.Bonuses(reader, top, terms, _ranking));
            }
        }

        ranked = request.PreferRecent && request.Sort == SearchSort.Relevance
            ? RecencyQuery.Wrap(ranked, searcher.IndexReader)
            : ranked;
        var page = _pagers.Page(searcher, ranked, matches.Narrower ? matches.Matching : null, filter, request, rescoring);
        var snippet = request.Snippets ? _snippets.ForQuery(query, searcher.IndexReader) : null;
        return new SearchResults
        {
            Query = request.Query ?? "",
            Total = page.Total,
            Articles = page.Articles,
            Collapsed = request.CollapseDuplicates,
            Page = request.Page,
            PageSize = request.PageSize,
            Hits = HitReader.Read(searcher, page.Docs, snippet, request.Explain ? ranked : null),
            Facets = page.Facets,
            ExpandedQuery = request.Explain ? ranked.ToString() : null,
            Expansions = request.Explain ? plan.Expansions : [],
            Notices = notices,
            Elapsed = clock.Elapsed,
            Suggestion = plan.Suggestion,
        };
    }

    /// <summary>Articles most like the one with this id (MoreLikeThis over title and body), without itself and its
    /// near-duplicate copies; copies among the results are collapsed.</summary>
    public SearchResults Similar(string id, int count)
    {
        var clock = Stopwatch.StartNew();
        using var lease = new SearcherLease(_searchers);
        var searcher = lease.Searcher;
        var found = _similar.Find(searcher, id, count)
            ?? throw new ArgumentException($"No article has the id '{id}'.");
        var snippet = _snippets.ForQuery(found.Query, searcher.IndexReader);
        return new SearchResults
        {
            Query = id,
            Total = found.Page.Total,
            Articles = found.Page.Articles,
            Collapsed = true,
            Page = 1,
            PageSize = count,
            Hits = HitReader.Read(searcher, found.Page.Docs, snippet, explained: null),
            ExpandedQuery = found.Query.ToString(),
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>Reads what query building keeps per reader (the learned acronyms' table), so that the first search of
    /// a reopened index does not pay for it.</summary>
    public void WarmQueries(IndexReader reader)
    {
        if (_ranking.LearnedAcronyms)
        {
            _queries.LearnedAcronyms(reader);
        }
    }

    public IReadOnlyList<LearnedAcronym> LearnedAcronyms()
    {
        using var lease = new SearcherLease(_searchers);
        return _queries.LearnedAcronyms(lease.Searcher.IndexReader);
    }

    public NewsArticle? Get(string id)
    {
        using var lease = new SearcherLease(_searchers);
        var top = lease.Searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        return top.ScoreDocs.Length == 0 ? null : ArticleDocumentMapper.ToArticle(lease.Searcher.Doc(top.ScoreDocs[0].Doc));
    }

    private static SearchResults Empty(SearchRequest request, List<string> notices, TimeSpan elapsed) => new()
    {
        Query = request.Query ?? "",
        Collapsed = request.CollapseDuplicates,
        Total = 0,
        Page = request.Page,
        PageSize = request.PageSize,
        Hits = [],
        Notices = notices,
        Elapsed = elapsed,
    };
}
