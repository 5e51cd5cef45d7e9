using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsSearch.Articles;

/// <summary>Turns HTML into article text: paragraphs separated by a blank line, entities decoded, and the parts
/// that are not the article (scripts, styles, navigation, ads, share buttons, comment threads) left out.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "form", "iframe",
        "svg", "button", "select", "figure", "picture", "video", "audio", "canvas", "object", "embed",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "br", "hr", "figcaption",
    };

    // Class or id words that mark boilerplate rather than article text.
    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "adsbygoogle", "pub", "publicite", "sponsor", "sponsored", "promo",
        "comment", "comments", "commentaires", "share", "sharing", "social", "related", "newsletter", "cookie",
        "cookies", "outbrain", "taboola", "breadcrumb", "menu", "sidebar", "paywall",
    };

    /// <summary>The text of an HTML fragment (a feed's description, say).</summary>
    public static string FromFragment(string html)
    {
        if (html.IndexOf('<', StringComparison.Ordinal) < 0 && html.IndexOf('&', StringComparison.Ordinal) < 0)
        {
            return Normalize(html);
        }

        if (HtmlDepth.TooDeep(html))
        {
            // Too deep for the parser (see HtmlDepth): the words are still the item's, without the paragraphs.
            return HtmlDepth.StripTags(html);
        }

        var document = new HtmlParser().ParseDocument(html);
        return document.Body is { } body ? FromElement(body) : "";
    }

    /// <summary>The text of an element as paragraphs, boilerplate left out.</summary>
    public static string FromElement(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Whether an element is boilerplate by its tag or by the words of its class and id.</summary>
    public static bool IsNoise(IElement element)
    {
        if (Dropped.Contains(element.LocalName) || element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        var names = (element.GetAttribute("class") + " " + element.Id).Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return names.Any(NoiseWords.Contains);
    }

    /// <summary>Collapses runs of whitespace to one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                current.Append(text.Data);
            }
            else if (child is IElement element && !IsNoise(element))
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(paragraphs, current);
                }

                Walk(element, paragraphs, current);
                if (block)
                {
                    Flush(paragraphs, current);
                }
            }
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var paragraph = Normalize(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }
}
