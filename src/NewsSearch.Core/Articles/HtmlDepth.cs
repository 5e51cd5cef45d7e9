using System.Net;
using System.Text.RegularExpressions;

namespace NewsSearch.Articles;

/// <summary>A cheap look at how deeply an HTML text nests its elements, before a parser sees it. An HTML5 tree builder
/// checks its stack of open elements at every tag, so 100,000 nested <c>&lt;div&gt;</c> cost it billions of steps
/// (a hang); browsers stop nesting at a few hundred levels, and no article comes near the limit here.</summary>
internal static partial class HtmlDepth
{
    /// <summary>Elements deeper than this make the text too deep to parse.</summary>
    public const int Limit = 1_000;

    // Elements that never hold others, or that the next sibling closes implicitly: they add no depth.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>Whether the text opens more than <see cref="Limit"/> elements inside one another (an upper estimate:
    /// tags are counted, not parsed).</summary>
    public static bool TooDeep(string html)
    {
        var depth = 0;
        var flat = Flat.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var tag in Tag().EnumerateMatches(html))
        {
            var text = html.AsSpan(tag.Index + 1, tag.Length - 2);
            var closing = text[0] == '/';
            var name = closing ? text[1..] : text;
            var end = name.IndexOfAny(" \t\r\n/");
            if (flat.Contains(end < 0 ? name : name[..end]) || text[^1] == '/')
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > Limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with its tags removed and its entities decoded: what a page too deep to parse still says.</summary>
    public static string StripTags(string html) => HtmlText.Normalize(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")));

    [GeneratedRegex("</?[a-zA-Z][^<>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
