using System.Text.RegularExpressions;
using Lucene.Net.Search.Highlight;

namespace NewsSearch.Search.Snippets;

/// <summary>Wraps matched words in <c>&lt;mark&gt;</c>; an elided article stays outside the mark
/// (<c>l'&lt;mark&gt;IA&lt;/mark&gt;</c>, not <c>&lt;mark&gt;l'IA&lt;/mark&gt;</c>).</summary>
internal sealed partial class MarkFormatter : IFormatter
{
    public const string Open = "<mark>";
    public const string Close = "</mark>";

    public string HighlightTerm(string originalText, TokenGroup tokenGroup)
    {
        if (tokenGroup.TotalScore <= 0)
        {
            return originalText;
        }

        var elided = Elision().Match(originalText);
        return elided.Success
            ? elided.Groups["article"].Value + Open + elided.Groups["word"].Value + Close
            : Open + originalText + Close;
    }

    [GeneratedRegex(@"^(?<article>(?:[lmtnsjdc]|qu|jusqu|quoiqu|lorsqu|puisqu)['’ʼ`´])(?<word>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Elision();
}
