using System.Text;
using Lucene.Net.Search.Highlight;

namespace NewsSearch.Search.Snippets;

/// <summary>Escapes only what HTML text needs (<c>&amp; &lt; &gt; "</c>), so French accents stay readable
/// (Lucene's <c>SimpleHTMLEncoder</c> writes every non-ASCII letter as an entity).</summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
