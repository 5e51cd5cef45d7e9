using System.Buffers;

namespace NewsSearch.Articles;

/// <summary>What an article may hold to be indexed. Lucene refuses a term over 32,766 bytes by failing the whole batch
/// of documents it came in, so the fields kept as single terms are bounded before writing: an id that long cannot name
/// anything and the article is skipped; an outlet name is cut; an address that long is dropped (a cut address would
/// point elsewhere). A title is cut too (a page of text is not a headline), and control characters, which would
/// reach terminals and pages as they are, become spaces (line breaks and tabs of the body stay).</summary>
public static class ArticleLimits
{
    // The C0 and C1 control characters but line feed, carriage return and tab.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')).ToArray());

    /// <summary>Characters an id may hold.</summary>
    public const int MaxIdLength = 1_000;

    /// <summary>Characters of an outlet name kept.</summary>
    public const int MaxSourceLength = 200;

    /// <summary>Characters of a title kept.</summary>
    public const int MaxTitleLength = 1_000;

    /// <summary>Characters an address may hold to be kept.</summary>
    public const int MaxUrlLength = 8_000;

    /// <summary>The article as it can be indexed, or the reason it cannot.</summary>
    public static (NewsArticle? Article, string? Problem) Apply(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Id.Length > MaxIdLength)
        {
            return (null, $"id longer than {MaxIdLength:N0} characters ({article.Id.Length:N0})");
        }

        if (article.Source is { Length: > MaxSourceLength } || article.Url is { Length: > MaxUrlLength } || article.Title.Length > MaxTitleLength
            || HasControls(article.Title) || HasControls(article.Body) || HasControls(article.Source))
        {
            article = article with
            {
                Title = WithoutControls(Cut(article.Title, MaxTitleLength))!,
                Body = WithoutControls(article.Body)!,
                Source = WithoutControls(Cut(article.Source, MaxSourceLength)),
                Url = article.Url is { Length: > MaxUrlLength } ? null : article.Url,
            };
        }

        return (article, null);
    }

    private static string? Cut(string? text, int length) => text is { } t && t.Length > length ? t[..length].TrimEnd() : text;

    private static bool HasControls(string? text) =>
        text is not null && text.AsSpan().IndexOfAny(Controls) >= 0;

    private static string? WithoutControls(string? text) =>
        !HasControls(text) ? text : string.Create(text!.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Controls.Contains(source[i]) ? ' ' : source[i];
            }
        });
}
