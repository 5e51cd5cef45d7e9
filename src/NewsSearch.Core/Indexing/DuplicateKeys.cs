using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;
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
    public static string Text(NewsArticle article)
    {
        var normalized = new StringBuilder(article.Title.Length + article.Body.Length + 1);
        Append(normalized, article.Title);
        normalized.Append('\n');
        Append(normalized, article.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString())).AsSpan(0, 16));
    }

    private static void Append(StringBuilder builder, string text)
    {
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        var space = false;
        for (var i = 0; i < length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = builder.Length > 0 && builder[^1] != '\n';
            }
        }
    }
}
