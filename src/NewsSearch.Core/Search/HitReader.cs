using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Search.Explaining;
using NewsSearch.Search.Paging;

namespace NewsSearch.Search;

/// <summary>Turns the ranked documents of a page into hits: stored fields, snippet, and the score breakdown when asked.</summary>
internal static class HitReader
{
    private static readonly HashSet<string> HitFields =
        [FieldNames.Id, FieldNames.Title, FieldNames.Body, FieldNames.Source, FieldNames.Published, FieldNames.Url];

    /// <param name="searcher">The searcher the page came from.</param>
    /// <param name="page">The ranked documents.</param>
    /// <param name="snippet">Builds a snippet from a body, or <c>null</c> for none.</param>
    /// <param name="explained">The query to explain scores against, or <c>null</c> for no explanation.</param>
    public static List<SearchHit> Read(IndexSearcher searcher, IReadOnlyList<RankedDoc> page, Func<string, string>? snippet, Query? explained)
    {
        var hits = new List<SearchHit>(page.Count);
        foreach (var ranked in page)
        {
            var article = ArticleDocumentMapper.ToArticle(searcher.Doc(ranked.Doc, HitFields));
            hits.Add(new SearchHit
            {
                Rank = ranked.Rank,
                Id = article.Id,
                Score = ranked.Score,
                Title = article.Title,
                Source = article.Source,
                Published = article.Published,
                Url = article.Url,
                Snippet = snippet?.Invoke(article.Body) ?? "",
                Copies = ranked.Copies,
                Explanation = explained is null ? null : ScoreBreakdown.Summarize(searcher.Explain(explained, ranked.Doc)),
            });
        }

        return hits;
    }
}
