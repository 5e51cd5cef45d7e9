using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsSearch.Articles;

/// <summary>Reads a saved HTML article page: title, date, outlet and address from the page's metadata
/// (Open Graph, <c>&lt;time&gt;</c>, canonical link), body from the <c>&lt;article&gt;</c> element or else the
/// block holding most paragraph text. The id is the file name without extension, as for scraped pages.</summary>
internal sealed class HtmlPageReader : IArticleReader
{
    public bool Streams => false;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.IsHtml(head) || FormatSniffing.HasExtension(path, ".html", ".htm", ".xhtml");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = TextDecoding.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        if (HtmlDepth.TooDeep(text))
        {
            return [ReadResult.Skip(path, null, $"HTML nested more than {HtmlDepth.Limit} elements deep")];
        }

        return Parse(Path.GetFileNameWithoutExtension(path), text) is { } article
            ? [ReadResult.Of(article)]
            : [ReadResult.Skip(path, null, "no title and no body")];
    }

    /// <summary>Extracts the article of a page, or <c>null</c> when it holds neither title nor body, or nests its
    /// elements too deeply to be parsed in reasonable time.</summary>
    internal static NewsArticle? Parse(string id, string html)
    {
        if (HtmlDepth.TooDeep(html))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title")
            ?? NonEmpty(document.Title) ?? NonEmpty(document.QuerySelector("h1")?.TextContent) ?? "";
        var published = FrenchDates.Parse(Meta(document, "article:published_time"))
            ?? FrenchDates.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? FrenchDates.Parse(Meta(document, "date") ?? Meta(document, "dc.date") ?? Meta(document, "pubdate"))
            ?? FrenchDates.Parse(document.QuerySelector("time")?.TextContent);
        var url = Meta(document, "og:url") ?? NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var body = Body(document);
        title = HtmlText.Normalize(title);
        if (title.Length == 0 && body.Length == 0)
        {
            return null;
        }

        return new NewsArticle
        {
            Id = id,
            Title = title,
            Body = body,
            Source = Meta(document, "og:site_name") ?? Meta(document, "application-name"),
            Published = published,
            Url = url,
            Lang = NonEmpty(document.DocumentElement.GetAttribute("lang")?.Split('-')[0].ToLowerInvariant()),
        };
    }

    private static string Body(IHtmlDocument document)
    {
        var article = document.QuerySelectorAll("article").Where(a => !HtmlText.IsNoise(a))
            .Select(a => (Element: a, Text: HtmlText.FromElement(a)))
            .OrderByDescending(a => a.Text.Length).FirstOrDefault();
        if (article.Element is not null && article.Text.Length > 0)
        {
            return WithoutTitle(article.Element, article.Text);
        }

        // No <article>: the element whose own paragraphs hold the most text is the article's text block.
        var block = document.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .Where(e => !SelfAndAncestors(e).Any(HtmlText.IsNoise))
            .OrderByDescending(e => e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length))
            .FirstOrDefault() ?? (IElement?)document.QuerySelector("main") ?? document.Body;
        return block is null ? "" : WithoutTitle(block, HtmlText.FromElement(block));
    }

    // The headline often opens the article element; it is the title, not the first paragraph.
    private static string WithoutTitle(IElement container, string text)
    {
        var h1 = container.QuerySelector("h1");
        var heading = h1 is null ? null : HtmlText.Normalize(h1.TextContent);
        return !string.IsNullOrEmpty(heading) && text.StartsWith(heading + "\n\n", StringComparison.Ordinal)
            ? text[(heading.Length + 2)..]
            : text;
    }

    private static IEnumerable<IElement> SelfAndAncestors(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : HtmlText.Normalize(value);
}
