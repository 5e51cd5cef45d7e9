using System.Text;
using NewsSearch.Fetching;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>What the archive and the index hold over rounds: one article per story, updates in place, nothing lost
/// when an item leaves its feed or a run is killed, and a rebuild without the network.</summary>
public sealed class FetchArchiveTests
{
    private static Resource Rss(string title, IEnumerable<FeedItem> items) => new(Encoding.UTF8.GetBytes(Feeds.Rss(title, items, contentEncoded: true)), "application/rss+xml");

    private static FeedItem Full(FixtureSite site, int n) => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: true);

    [Fact]
    public async Task The_same_story_in_two_feeds_is_one_article()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var story = Full(site, 7);
        site.Set(0, "/une", Rss("À la une", [story, Full(site, 8)]));
        site.Set(0, "/region", Rss("Région", [story with { Guid = "region-7" }, Full(site, 9)]));

        var summary = await harness.RoundAsync(site.Url(0, "/une"), site.Url(0, "/region"));

        Assert.Equal(3, summary.Documents);
        Assert.Single(harness.Search(Feeds.Place(7)).Hits);
    }

    [Fact]
    public async Task Two_outlets_numbering_their_items_alike_keep_two_articles()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 2);
        var site = harness.Site;
        site.Set(0, "/feed", Rss("Le Nord", [Full(site, 1) with { Guid = "12345" }]));
        site.Set(1, "/feed", Rss("Le Sud", [Full(site, 2) with { Guid = "12345" }]));

        var summary = await harness.RoundAsync(site.Url(0, "/feed"), site.Url(1, "/feed"));

        Assert.Equal(2, summary.Documents);
        Assert.NotNull(harness.Engine.GetArticle(site.Hosts[1].Host + "/12345"));
    }

    [Fact]
    public async Task An_item_updated_in_place_replaces_its_article_and_a_rebuild_keeps_the_update()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var item = Full(site, 5);
        site.Set(0, "/feed", Rss("Le Fil", [item]));
        await harness.RoundAsync(site.Url(0, "/feed"));
        site.Set(0, "/feed", Rss("Le Fil", [item with { Title = "Cave d'affinage : le vote est reporté", Body = item.Body + "\n\nMise à jour : le vote est reporté à l'automne." }]));

        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal((1, 0, 1, 1), (second.NewItems, second.Added, second.Updated, second.Documents));
        Assert.Equal("Cave d'affinage : le vote est reporté", Assert.Single(harness.Search(Feeds.Place(5)).Hits).Title);
        var rebuilt = harness.Engine.RebuildFromFiles([harness.Archive]);
        Assert.Equal(1, rebuilt.Documents);
        Assert.Contains("reporté à l'automne", harness.Engine.GetArticle(item.Guid)!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_that_drops_out_of_its_feed_keeps_its_article()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/feed", Rss("Le Fil", [Full(site, 1), Full(site, 2)]));
        await harness.RoundAsync(site.Url(0, "/feed"));
        site.Set(0, "/feed", Rss("Le Fil", [Full(site, 3), Full(site, 2)]));

        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal((1, 3), (second.Added, second.Documents));
        Assert.Single(harness.Search(Feeds.Place(1)).Hits);
    }

    [Fact]
    public async Task A_feed_of_5000_items_is_archived_and_indexed_whole_and_the_archive_rebuilds_the_index_without_the_network()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/big", Rss("Les Archives", Enumerable.Range(0, 5000).Select(n => Full(site, 10_000 + n))) with { Gzip = true });

        var summary = await harness.RoundAsync(site.Url(0, "/big"));

        Assert.Equal((5000, 5000, 5000), (summary.NewItems, summary.Added, summary.Documents));
        Assert.Equal(2, site.Requests.Count);
        Assert.Single(harness.Search(Feeds.Place(14_999)).Hits);
        await site.DisposeAsync();
        var rebuilt = harness.Engine.RebuildFromFiles([harness.Archive]);
        Assert.Equal((5000, 0), (rebuilt.Documents, rebuilt.Skipped.Count));
    }

    [Fact]
    public async Task A_run_stopped_half_way_keeps_what_it_fetched_and_the_next_run_carries_on_without_downloading_it_again()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var items = Enumerable.Range(0, 12).Select(n => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: false)).ToList();
        site.Set(0, "/feed", new Resource(Encoding.UTF8.GetBytes(Feeds.Rss("Le Fil", items)), "application/rss+xml") { ETag = "\"1\"" });
        foreach (var (item, n) in items.Select((i, n) => (i, n)))
        {
            site.Set(0, $"/articles/{n}.html", Feeds.Page(item, "Le Fil", n), "text/html");
        }

        using var stop = new CancellationTokenSource();
        site.OnRequest = r =>
        {
            if (r.Path == "/articles/5.html")
            {
                stop.Cancel();
            }
        };
        var first = await harness.RoundAsync([new FeedSource(site.Url(0, "/feed"))], stop.Token);
        site.OnRequest = null;
        harness.Restart();
        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.True(first.Cancelled);
        Assert.Equal(6, first.Documents);
        Assert.Equal((6, 12), (second.Added, second.Documents));
        Assert.All(site.Requests.Where(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal)).GroupBy(r => r.Path), g => Assert.Single(g));
        Assert.Equal(200, site.Requests.Last(r => r.Path == "/feed").Status);
    }

    [Fact]
    public async Task Batches_left_by_a_killed_run_are_moved_into_place_and_their_items_are_not_fetched_again()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var items = Enumerable.Range(0, 3).Select(n => Full(site, n)).ToList();
        site.Set(0, "/feed", Rss("Le Fil", items));
        // What a run killed after archiving two items leaves: a hidden batch, its last line cut short, no state.
        var lines = items.Take(2).Select(i => new ArchivedArticle(
            new NewsSearch.Articles.NewsArticle { Id = i.Guid, Title = i.Title, Body = i.Body, Source = "Le Fil", Url = i.Link },
            site.Url(0, "/feed").AbsoluteUri, FeedItems.Fingerprint(Parsed(site, items)[items.IndexOf(i)]), BodySource.Feed, DateTimeOffset.UtcNow));
        Directory.CreateDirectory(harness.Archive);
        var partial = Path.Combine(harness.Archive, ".newssearch-partial-20240301T080000000Z-001.jsonl");
        File.WriteAllBytes(partial, [.. lines.SelectMany(l => l.ToJsonLine()), .. "{\"id\":\"cut"u8.ToArray()]);

        var summary = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.False(File.Exists(partial));
        Assert.True(File.Exists(Path.Combine(harness.Archive, "2024", "03", "20240301T080000000Z-001.jsonl")));
        Assert.Equal((1, 3, 3), (summary.NewItems, summary.Added, summary.Documents));
        Assert.Empty(summary.Indexing!.Skipped);
    }

    private static IReadOnlyList<NewsSearch.Articles.NewsArticle> Parsed(FixtureSite site, IReadOnlyList<FeedItem> items)
    {
        var bytes = Encoding.UTF8.GetBytes(Feeds.Rss("Le Fil", items, contentEncoded: true));
        return FeedItems.Parse(new HttpAnswer(site.Url(0, "/feed"), 200, bytes, "utf-8", new Validators(null, null))).Items;
    }

    [Fact]
    public async Task An_unreadable_state_is_rebuilt_from_the_archive_without_fetching_or_archiving_anything_twice()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/feed", Rss("Le Fil", [Full(site, 1), Full(site, 2)]));
        await harness.RoundAsync(site.Url(0, "/feed"));
        harness.Restart();
        File.WriteAllText(Path.Combine(harness.Archive, ".newssearch-fetch-state.json"), "{ not json");

        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal((0, 0, 0, 2), (second.NewItems, second.Archived, second.Added, second.Documents));
    }

    [Fact]
    public async Task A_second_fetcher_on_the_same_archive_is_refused()
    {
        await using var harness = await FetchHarness.StartAsync();
        _ = harness.Fetcher;

        var refused = Assert.Throws<IOException>(() => new NewsFetcher(harness.Engine, new FetchOptions { ArchivePath = harness.Archive }));

        Assert.Contains("Another fetch is already running", refused.Message, StringComparison.Ordinal);
    }
}
