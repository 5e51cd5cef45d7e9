using System.Text;
using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.Server.Endpoints;

/// <summary>Articles like a given one, found by searching for its title's words and the body's most frequent long words.
/// A stand-in built only on the engine's public search until the engine offers a term-statistics "more like this".</summary>
internal static class SimilarArticles
{
    private const int BodyWords = 12;
    private const int MinWordLength = 5;

    public static IReadOnlyList<SearchHit> Find(NewsSearchEngine engine, NewsArticle article, int count)
    {
        var query = QueryFor(article);
        if (query.Length == 0)
        {
            return [];
        }

        var results = engine.Search(new SearchRequest { Query = query, PageSize = Math.Min(count + 1, SearchRequest.MaxPageSize) });
        return results.Hits.Where(h => h.Id != article.Id).Take(count)
            .Select((h, i) => h with { Rank = i + 1 })
            .ToList();
    }

    /// <summary>Plain words only (no quotes, operators or field prefixes), so nothing in an article reads as query syntax.</summary>
    internal static string QueryFor(NewsArticle article)
    {
        var titleWords = Words(article.Title).Where(w => w.Length >= 2);
        var bodyWords = Words(article.Body)
            .Where(w => w.Length >= MinWordLength)
            .GroupBy(w => w.ToLowerInvariant())
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(BodyWords)
            .Select(g => g.Key);
        var words = titleWords.Select(w => w.ToLowerInvariant()).Concat(bodyWords)
            .Where(w => w is not ("and" or "or" or "not"))
            .Distinct(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
