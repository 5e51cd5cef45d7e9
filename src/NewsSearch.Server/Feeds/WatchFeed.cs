using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Net;
using NewsSearch.Watches;

namespace NewsSearch.Server.Feeds;

/// <summary>A watch's newest matches as an Atom 1.0 feed, written by System.ServiceModel.Syndication: each entry has
/// an id (<c>urn:newssearch:article:ID</c>, stable), the headline, a link (the original article, else this server's
/// article page), the outlet as author, <c>updated</c> = when it reached the index (its publication date when the
/// index does not know), <c>published</c> = its publication date, and the snippet as plain-text summary.</summary>
internal sealed record WatchFeed(byte[] Content, string ETag, DateTimeOffset LastModified)
{
    /// <summary>How many entries a feed carries: feed readers keep what they have already seen.</summary>
    public const int Entries = 50;

    public static WatchFeed Build(Watch watch, IReadOnlyList<WatchEntry> entries, Uri self, Uri site)
    {
        var items = entries.Select(e => Item(e, site)).ToList();
        var updated = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : watch.CreatedAt;
        var feed = new SyndicationFeed(
            $"NewsSearch : {watch.Name}",
            $"Les articles les plus récemment indexés pour « {watch.Query} »",
            new Uri(site, "/?q=" + Uri.EscapeDataString(watch.Query)),
            "urn:newssearch:watch:" + watch.Name,
            updated,
            items)
        {
            Language = "fr",
            Generator = "NewsSearch",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "NewsSearch" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        var content = stream.ToArray();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content))[..32].ToLowerInvariant() + "\"";
        // HTTP dates have whole seconds: a Last-Modified with a fraction would never match If-Modified-Since.
        var lastModified = new DateTimeOffset(updated.UtcTicks - (updated.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new WatchFeed(content, etag, lastModified);
    }

    private static SyndicationItem Item(WatchEntry entry, Uri site)
    {
        var hit = entry.Hit;
        var published = hit.Published is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var link = Uri.TryCreate(hit.Url, UriKind.Absolute, out var original) && original.Scheme is "http" or "https"
            ? original
            : new Uri(site, "/?article=" + Uri.EscapeDataString(hit.Id));
        var item = new SyndicationItem
        {
            Id = "urn:newssearch:article:" + Uri.EscapeDataString(hit.Id),
            Title = new TextSyndicationContent(hit.Title.Length > 0 ? hit.Title : hit.Id),
            Summary = new TextSyndicationContent(PlainText(hit.Snippet)),
            LastUpdatedTime = entry.IndexedAt ?? published ?? DateTimeOffset.UnixEpoch,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link, "text/html"));
        if (published is { } p)
        {
            item.PublishDate = p;
        }

        item.Authors.Add(new SyndicationPerson { Name = hit.Source ?? "NewsSearch" });
        return item;
    }

    /// <summary>A snippet without its marks and HTML escapes: Atom escapes text itself.</summary>
    private static string PlainText(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
}
