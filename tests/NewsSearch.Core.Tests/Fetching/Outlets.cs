using System.Globalization;
using System.Security;
using System.Text;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>An article the fixture outlets publish, as the index should hold it (the shared story under either outlet).</summary>
public sealed record ExpectedArticle(int N, string Outlet, string Title, string Url, DateOnly Published)
{
    public bool Shared => N == 150;
}

/// <summary>A fixture site of four outlets, one per host, with the feeds a real newsroom meets: RSS with full content
/// (ETag), RSS with teasers and article pages (Last-Modified, gzip, a page robots.txt disallows), Atom (brotli), and
/// RSS in ISO-8859-1 declared only in its prolog, with Latin-1 pages; one story is published by two outlets.</summary>
public sealed class Outlets
{
    public const string Quotidien = "Le Quotidien";
    public const string Gazette = "La Gazette";
    public const string Hebdo = "L'Hebdo";
    public const string Courrier = "Le Courrier";

    private readonly FixtureSite _site;
    private readonly List<FeedItem>[] _items = [[], [], [], []];
    private readonly int[] _versions = new int[4];

    public Outlets(FixtureSite site)
    {
        _site = site;
        for (var n = 0; n < 3; n++)
        {
            Add(0, 100 + n);
            Add(1, 200 + n);
            Add(2, 300 + n);
            Add(3, 400 + n);
        }

        // The page of this teaser is disallowed by robots.txt: its teaser is what can be had.
        _items[1].Add(Feeds.Item(_site.Url(1, "/private").AbsoluteUri, 299, full: false) with { Guid = "gazette-private" });
        // The same story in two feeds: full text in the Quotidien's, a teaser linking the same page in the Gazette's.
        var shared = Feeds.Item(_site.Url(0, "").AbsoluteUri.TrimEnd('/'), 150, full: true);
        _items[0].Add(shared);
        _items[1].Add(shared with { Guid = "gazette-copy-150", Body = Feeds.Teaser(150) });
        _site.Set(0, "/articles/150.html", Feeds.Page(shared, Quotidien, 150), "text/html");
        _site.Set(1, "/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        _site.Set(3, "/robots.txt", "User-agent: NewsSearch\nDisallow: /admin\n\nUser-agent: *\nDisallow: /\n", "text/plain");
        for (var host = 0; host < 4; host++)
        {
            Publish(host);
        }
    }

    public string Opml => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <opml version="2.0"><head><title>Presse</title></head><body>
          <outline text="Régionale">
            <outline type="rss" text="{SecurityElement.Escape(Quotidien)}" xmlUrl="{_site.Url(0, "/rss.xml")}"/>
            <outline type="rss" text="{SecurityElement.Escape(Gazette)}" xmlUrl="{_site.Url(1, "/feed")}"/>
          </outline>
          <outline type="rss" text="{SecurityElement.Escape(Hebdo)}" xmlUrl="{_site.Url(2, "/atom.xml")}"/>
          <outline type="rss" text="{SecurityElement.Escape(Courrier)}" xmlUrl="{_site.Url(3, "/rss")}"/>
        </body></opml>
        """;

    /// <summary>Every article the index should hold once the site is fetched (the shared story once).</summary>
    public IReadOnlyList<ExpectedArticle> Expected =>
        [.. _items.SelectMany((items, host) => items.Select(i => (i, host)))
            .Where(x => !x.i.Guid.StartsWith("gazette-copy", StringComparison.Ordinal))
            .Select(x => new ExpectedArticle(Number(x.i), OutletOf(x.host), x.i.Title, x.i.Link, x.i.Published))];

    /// <summary>Pages of teasers the crawler should download (not the disallowed one, not the shared story's).</summary>
    public int PagesToFetch => _items[1].Count(i => !i.Guid.StartsWith("gazette-", StringComparison.Ordinal)) + _items[3].Count;

    /// <summary>Publishes a new item in an outlet's feed (its validators change).</summary>
    public void AddItem(int host, int n)
    {
        Add(host, n);
        Publish(host);
    }

    public static string OutletOf(int host) => host switch { 0 => Quotidien, 1 => Gazette, 2 => Hebdo, _ => Courrier };

    private static int Number(FeedItem item) => int.Parse(item.Link.Split('/')[^1].Split('.')[0], CultureInfo.InvariantCulture);

    private void Add(int host, int n)
    {
        var full = host is 0 or 2;
        var item = Feeds.Item(_site.Url(host, "").AbsoluteUri.TrimEnd('/'), n, full);
        _items[host].Insert(0, item);
        if (!full)
        {
            var page = Feeds.Page(item, OutletOf(host), n, host == 3 ? "iso-8859-1" : "utf-8");
            var bytes = host == 3 ? Feeds.Latin1(page) : Encoding.UTF8.GetBytes(page);
            _site.Set(host, $"/articles/{n}.html", new Resource(bytes, "text/html"));
        }
    }

    private void Publish(int host)
    {
        var version = ++_versions[host];
        var etag = $"\"v{version}\"";
        _site.Set(host, host switch { 0 => "/rss.xml", 1 => "/feed", 2 => "/atom.xml", _ => "/rss" }, host switch
        {
            0 => new Resource(Encoding.UTF8.GetBytes(Feeds.Rss(Quotidien, _items[0], contentEncoded: true)), "application/rss+xml; charset=utf-8") { ETag = etag },
            1 => new Resource(Encoding.UTF8.GetBytes(Feeds.Rss(Gazette, _items[1])), "application/rss+xml; charset=utf-8")
            {
                LastModified = new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(version).ToString("R", CultureInfo.InvariantCulture),
                Gzip = true,
            },
            2 => new Resource(Encoding.UTF8.GetBytes(Feeds.Atom(Hebdo, _items[2])), "application/atom+xml") { ETag = etag, Brotli = true },
            _ => new Resource(Feeds.Latin1(Feeds.Rss(Courrier, _items[3], encoding: "ISO-8859-1")), "text/xml") { ETag = etag },
        });
    }
}
