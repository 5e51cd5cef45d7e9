using NewsSearch.Articles;

namespace NewsSearch.Indexing;

/// <summary>The keys under which two inputs with different ids are still the same article:
/// the same address, or the same title and body once case, accents, punctuation and spacing are ignored.</summary>
internal static class DuplicateKeys
{
    /// <summary>The address without scheme, <c>www.</c>, fragment or trailing slash, lower-cased; <c>null</c> without one.</summary>
    public static string? Url(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var key = url.Trim().ToLowerInvariant();
        var fragment = key.IndexOf('#', StringComparison.Ordinal);
        key = fragment >= 0 ? key[..fragment] : key;
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        key = scheme >= 0 ? key[(scheme + 3)..] : key;
        key = key.StartsWith("www.", StringComparison.Ordinal) ? key[4..] : key;
        return key.TrimEnd('/');
    }

    /// <summary>A hash of the normalised title and body.</summary>
    public static string Text(NewsArticle article) => TextHash.OfNormalized(article.Title, article.Body);
}
