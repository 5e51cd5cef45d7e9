using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NewsSearch.Articles;

namespace NewsSearch.Fetching;

/// <summary>A downloaded feed turned into its items with the existing feed reader, and what the crawler asks of an
/// item: its fingerprint (a changed one is an update in place) and whether its body is only a teaser.</summary>
internal static class FeedItems
{
    private static readonly string[] ReadMoreMarks = ["…", "...", "[…]", "[...]", "lire la suite", "la suite", "(suite)", "read more", "continuer la lecture"];

    /// <summary>The items of a feed, links made absolute; or why the feed cannot be read.</summary>
    public static (IReadOnlyList<NewsArticle> Items, string? Problem) Parse(HttpAnswer answer)
    {
        XDocument document;
        try
        {
            var text = Charsets.DecodeFeed(answer.Body, answer.Charset);
            // No DTDs, no external entities: a feed is data from elsewhere.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return ([], $"invalid XML (line {e.LineNumber}): {e.Message}");
        }

        var results = FeedReader.Parse(answer.Url.AbsoluteUri, document.Root!);
        var items = results.Where(r => r.Article is not null).Select(r => Qualified(Absolute(r.Article!, answer.Url), answer.Url)).ToList();
        var problem = items.Count == 0 && results.FirstOrDefault(r => r.Skipped?.Reason.StartsWith("unsupported", StringComparison.Ordinal) == true) is { } bad
            ? bad.Skipped!.Reason
            : null;
        return (items, problem);
    }

    public static string Fingerprint(NewsArticle item) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', item.Title, item.Body, item.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture), item.Url))).AsSpan(0, 12));

    /// <summary>A body too short to be a whole article, or ending in a "read more" mark.</summary>
    public static bool IsTeaser(NewsArticle item, int maxChars)
    {
        var body = item.Body.TrimEnd();
        return body.Length < maxChars || ReadMoreMarks.Any(m => body.EndsWith(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The item with the page's text when the page holds more than the teaser; <c>null</c> otherwise.</summary>
    public static NewsArticle? WithPage(NewsArticle item, HttpAnswer page)
    {
        var html = Charsets.DecodePage(page.Body, page.Charset);
        var article = HtmlPageReader.Parse(item.Id, html);
        if (article is null || article.Body.Length <= item.Body.Length)
        {
            return null;
        }

        return item with
        {
            Title = item.Title.Length > 0 ? item.Title : article.Title,
            Body = article.Body,
            Published = item.Published ?? article.Published,
            Lang = item.Lang ?? article.Lang,
        };
    }

    /// <summary>A guid that is not an address or a URN ("12345", as many CMS write them) is unique only within its
    /// site: prefixed with the host, so two outlets' item 12345 stay two articles.</summary>
    private static NewsArticle Qualified(NewsArticle item, Uri feed) =>
        item.Id.Contains(':', StringComparison.Ordinal) ? item : item with { Id = feed.IdnHost + "/" + item.Id };

    private static NewsArticle Absolute(NewsArticle item, Uri feed) =>
        // "/2024/article" is an absolute path to Uri on Unix (a file): relative to the feed is what a feed means.
        item.Url is { } url && (url.StartsWith('/') || !url.Contains(':', StringComparison.Ordinal)) && Uri.TryCreate(feed, url, out var absolute)
            ? item with { Url = absolute.AbsoluteUri }
            : item;
}
