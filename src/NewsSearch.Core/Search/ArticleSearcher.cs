using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Search.Parsing;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Search;

/// <summary>Runs searches against the current index: query building, filters, order, paging, hits with snippets.</summary>
internal sealed class ArticleSearcher
{
    private static readonly string[] HitFields =
        [FieldNames.Id, FieldNames.Title, FieldNames.Body, FieldNames.Source, FieldNames.Published, FieldNames.Url];

    private readonly SearcherManager _searchers;
    private readonly QueryBuilder _queries;
    private readonly SnippetBuilder _snippets;

    public ArticleSearcher(SearcherManager searchers, Analyzer analyzer, RankingOptions ranking)
    {
        _searchers = searchers;
        _queries = new QueryBuilder(analyzer, ranking);
        _snippets = new SnippetBuilder(analyzer);
    }

    public SearchResults Search(SearchRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        var notices = new List<string>();
        var text = request.Query ?? "";
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

        using var lease = new SearcherLease(_searchers);
        var searcher = lease.Searcher;
        var plan = _queries.Plan(parsed.Root, text, searcher.IndexReader);
        var query = plan.Query;
        if (query is null)
        {
            notices.Add("The query has no words to search for.");
            return Empty(request, notices, clock.Elapsed);
        }

        var filter = Filters.For(request);
        var wanted = request.Page * request.PageSize;
        var top = request.Sort == SearchSort.Date
            ? searcher.Search(query, filter, wanted, Ordering.NewestFirst, doDocScores: true, doMaxScore: false)
            : searcher.Search(query, filter, wanted);

        var snippet = request.Snippets ? _snippets.ForQuery(query, searcher.IndexReader) : null;
        var hits = new List<SearchHit>();
        var first = (request.Page - 1) * request.PageSize;
        for (var i = first; i < top.ScoreDocs.Length; i++)
        {
            var scoreDoc = top.ScoreDocs[i];
            var document = searcher.Doc(scoreDoc.Doc, new HashSet<string>(HitFields));
            var article = ArticleDocumentMapper.ToArticle(document);
            hits.Add(new SearchHit
            {
                Rank = i + 1,
                Id = article.Id,
                Score = float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
                Title = article.Title,
                Source = article.Source,
                Published = article.Published,
                Url = article.Url,
                Snippet = snippet?.Invoke(article.Body) ?? "",
            });
        }

        return new SearchResults
        {
            Query = request.Query ?? "",
            Total = top.TotalHits,
            Page = request.Page,
            PageSize = request.PageSize,
            Hits = hits,
            Notices = notices,
            Elapsed = clock.Elapsed,
            Suggestion = plan.Suggestion,
        };
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
        Total = 0,
        Page = request.Page,
        PageSize = request.PageSize,
        Hits = [],
        Notices = notices,
        Elapsed = elapsed,
    };
}
