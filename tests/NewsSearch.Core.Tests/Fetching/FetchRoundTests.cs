using System.Diagnostics;
using NewsSearch.Fetching;

namespace NewsSearch.Core.Tests.Fetching;

public sealed class FetchRoundTests
{
    [Fact]
    public async Task A_round_over_several_outlets_indexes_every_article_with_its_title_outlet_date_and_address_findable_by_its_body()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 4);
        var outlets = new Outlets(harness.Site);
        var sources = SourcesFile.Parse(outlets.Opml);
        var reports = new List<FetchProgress>();

        var summary = await harness.Fetcher.FetchAsync(sources, new Collect(reports));

        Assert.All(summary.Failed, f => Assert.Contains("/private/", f.Url, StringComparison.Ordinal));
        Assert.Equal((4, 0), (summary.Feeds, summary.NotModified));
        Assert.Equal(outlets.Expected.Count, summary.Documents);
        Assert.Equal(outlets.Expected.Count, summary.Added);
        Assert.InRange(summary.PagesFetched, outlets.PagesToFetch, outlets.PagesToFetch + 1);
        Assert.Contains(reports, r => r.FeedsDone == 4 && r.FeedsTotal == 4);
        Assert.Contains(reports, r => r.Current == harness.Site.Url(3, "/rss").AbsoluteUri);
        // Compressed on the wire: the crawler asks for gzip and brotli, and the feeds served that way read whole.
        Assert.All(harness.Site.Requests, r => Assert.Contains("br", r.AcceptEncoding, StringComparison.Ordinal));
        Assert.All(harness.Site.Requests, r => Assert.Contains("gzip", r.AcceptEncoding, StringComparison.Ordinal));
        foreach (var expected in outlets.Expected)
        {
            var results = harness.Search(Feeds.Place(expected.N));
            var hit = Assert.Single(results.Hits);
            Assert.Equal(expected.Title, hit.Title);
            Assert.Equal(expected.Url, hit.Url);
            Assert.Equal(expected.Published, hit.Published);
            if (expected.Shared)
            {
                Assert.Contains(hit.Source, new[] { Outlets.Quotidien, Outlets.Gazette });
            }
            else
            {
                Assert.Equal(expected.Outlet, hit.Source);
            }
        }
    }

    [Fact]
    public async Task The_second_round_over_unchanged_feeds_costs_one_304_per_feed_and_the_third_adds_exactly_the_two_new_items()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 4);
        var outlets = new Outlets(harness.Site);
        var sources = SourcesFile.Parse(outlets.Opml);
        var first = await harness.RoundAsync(sources);
        var before = harness.Site.Requests.Count;

        var second = await harness.RoundAsync(sources);

        var requests = harness.Site.Requests.Skip(before).ToList();
        Assert.Equal((4, 0, 0, 0, 0), (second.NotModified, second.PagesFetched, second.NewItems, second.Added, second.Updated));
        Assert.Equal(first.Documents, second.Documents);
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.Equal(304, r.Status));

        outlets.AddItem(1, 250);
        outlets.AddItem(1, 251);
        var third = await harness.RoundAsync(sources);
        Assert.Equal((2, 2, 3), (third.Added, third.PagesFetched, third.NotModified));
        Assert.Equal(first.Documents + 2, third.Documents);
        Assert.Single(harness.Search(Feeds.Place(251)).Hits);
    }

    [Fact]
    public async Task The_crawler_names_itself_obeys_robots_txt_and_keeps_the_delay_between_two_requests_to_one_host()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 4);
        harness.Options = harness.Options with { Delay = TimeSpan.FromMilliseconds(60) };
        var outlets = new Outlets(harness.Site);

        var summary = await harness.RoundAsync(SourcesFile.Parse(outlets.Opml));

        var requests = harness.Site.Requests;
        Assert.All(requests, r => Assert.StartsWith("NewsSearch/", r.UserAgent, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.Contains(summary.Failed, f => f.Url.Contains("/private/", StringComparison.Ordinal) && f.Reason.Contains("robots.txt", StringComparison.Ordinal));
        Assert.Equal(4, requests.Count(r => r.Path == "/robots.txt"));
        foreach (var host in requests.GroupBy(r => r.Host))
        {
            var times = host.Select(r => r.Timestamp).Order().ToList();
            for (var i = 1; i < times.Count; i++)
            {
                var gap = Stopwatch.GetElapsedTime(times[i - 1], times[i]);
                Assert.True(gap >= TimeSpan.FromMilliseconds(60), $"{host.Key}: two requests {gap.TotalMilliseconds:0} ms apart");
            }
        }
    }

    [Fact]
    public async Task A_feed_in_iso_8859_1_declared_only_in_its_prolog_and_its_latin_1_pages_read_as_french()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 4);
        var outlets = new Outlets(harness.Site);

        await harness.RoundAsync(SourcesFile.Parse(outlets.Opml));

        var hit = Assert.Single(harness.Search(Feeds.Place(400)).Hits);
        Assert.Equal(Outlets.Courrier, hit.Source);
        Assert.Equal("Cave d'affinage à " + Feeds.Place(400), hit.Title);
        var article = harness.Engine.GetArticle(hit.Id)!;
        Assert.Contains("coopérative fromagère", article.Body, StringComparison.Ordinal);
        Assert.Contains("Le vote définitif", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crawl_delay_longer_than_ours_is_kept_between_two_requests()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", "text/plain");
        var items = Enumerable.Range(0, 2).Select(n => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: false)).ToList();
        site.Set(0, "/feed", Feeds.Rss("Le Fil", items), "application/rss+xml");
        foreach (var (item, n) in items.Select((i, n) => (i, n)))
        {
            site.Set(0, $"/articles/{n}.html", Feeds.Page(item, "Le Fil", n), "text/html");
        }

        var summary = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal(2, summary.PagesFetched);
        var times = site.Requests.Skip(1).Select(r => r.Timestamp).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(Stopwatch.GetElapsedTime(pair.First, pair.Second) >= TimeSpan.FromSeconds(0.4)));
    }

    /// <summary>Collects progress reports as they come (Progress&lt;T&gt; would post them later, on the thread pool).</summary>
    private sealed class Collect(List<FetchProgress> reports) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
