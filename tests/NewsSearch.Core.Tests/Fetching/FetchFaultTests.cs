using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>Every network fault a feed or page can show: each is listed with its reason, never fails the round, and
/// is tried again next round.</summary>
public sealed class FetchFaultTests
{
    private static Resource Rss(params FeedItem[] items) => new(Encoding.UTF8.GetBytes(Feeds.Rss("Le Fil", items, contentEncoded: true)), "application/rss+xml");

    private static FeedItem Full(FixtureSite site, int n) => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: true);

    private static FeedItem Teaser(FixtureSite site, int n, string link) => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: false) with { Link = link };

    [Fact]
    public async Task A_429_with_a_short_retry_after_is_waited_out_and_retried_once()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var calls = 0;
        var feed = Rss(Full(site, 1));
        site.Set(0, "/feed", feed with
        {
            Handler = async context =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "1";
                    return;
                }

                context.Response.ContentType = feed.ContentType;
                await context.Response.Body.WriteAsync(feed.Body);
            },
        });
        var clock = Stopwatch.StartNew();

        var summary = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Empty(summary.Failed);
        Assert.Equal((2, 1), (calls, summary.Added));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), "the retry came before the Retry-After");
    }

    [Fact]
    public async Task A_long_retry_after_leaves_the_feed_alone_until_then()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/feed", new Resource([], "text/plain") { Handler = context => { context.Response.StatusCode = 503; context.Response.Headers.RetryAfter = "3600"; return Task.CompletedTask; } });

        var first = await harness.RoundAsync(site.Url(0, "/feed"));
        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Contains("503", Assert.Single(first.Failed).Reason, StringComparison.Ordinal);
        Assert.Contains("not asked until", Assert.Single(second.BackedOff).Reason, StringComparison.Ordinal);
        Assert.Single(site.Requests, r => r.Path == "/feed");
    }

    [Fact]
    public async Task A_500_fails_the_feed_for_this_round_only_and_it_recovers_next_round()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/feed", new Resource([], "text/plain") { Handler = context => { context.Response.StatusCode = 500; return Task.CompletedTask; } });

        var first = await harness.RoundAsync(site.Url(0, "/feed"));
        site.Set(0, "/feed", Rss(Full(site, 1), Full(site, 2)));
        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal("HTTP 500", Assert.Single(first.Failed).Reason);
        Assert.Equal(0, first.Documents);
        Assert.Empty(second.Failed);
        Assert.Equal(2, second.Added);
    }

    [Fact]
    public async Task A_dead_feed_is_backed_off_after_repeated_failures_and_never_slows_the_round()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/dead", new Resource([], "text/plain") { Handler = context => { context.Response.StatusCode = 502; return Task.CompletedTask; } });
        site.Set(0, "/live", Rss(Full(site, 1)));
        var feeds = new[] { site.Url(0, "/dead"), site.Url(0, "/live") };

        await harness.RoundAsync(feeds);
        await harness.RoundAsync(feeds);
        var third = await harness.RoundAsync(feeds);

        Assert.Equal(2, site.Requests.Count(r => r.Path == "/dead"));
        Assert.Contains("after 2 failed rounds", Assert.Single(third.BackedOff).Reason, StringComparison.Ordinal);
        Assert.Equal(1, third.Documents);
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_abandoned_and_listed()
    {
        await using var harness = await FetchHarness.StartAsync();
        harness.Options = harness.Options with { RequestTimeout = TimeSpan.FromMilliseconds(500) };
        var site = harness.Site;
        site.Set(0, "/slow", new Resource([], "text/plain") { Handler = context => Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted) });
        site.Set(0, "/fast", Rss(Full(site, 1)));
        var clock = Stopwatch.StartNew();

        var summary = await harness.RoundAsync(site.Url(0, "/slow"), site.Url(0, "/fast"));

        Assert.Equal("timed out after 0.5 s", Assert.Single(summary.Failed).Reason);
        Assert.Equal(1, summary.Added);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the round took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_20_MB_body_is_abandoned_at_the_size_cap()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)' ');
        site.Set(0, "/huge", new Resource([], "application/rss+xml")
        {
            Handler = async context =>
            {
                context.Response.ContentType = "application/rss+xml";
                for (var i = 0; i < 20 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            },
        });

        var summary = await harness.RoundAsync(site.Url(0, "/huge"));

        Assert.Equal("response larger than 10 MB: abandoned", Assert.Single(summary.Failed).Reason);
    }

    [Fact]
    public async Task A_redirect_loop_and_a_redirect_to_a_file_are_refused()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/a", Redirect("/b"));
        site.Set(0, "/b", Redirect("/a"));
        site.Set(0, "/secret", Redirect("file:///etc/passwd"));
        site.Set(0, "/moved", Redirect("/feed"));
        site.Set(0, "/feed", Rss(Full(site, 1)));

        var summary = await harness.RoundAsync(site.Url(0, "/a"), site.Url(0, "/secret"), site.Url(0, "/moved"));

        var reasons = summary.Failed.ToDictionary(f => new Uri(f.Url).AbsolutePath, f => f.Reason);
        Assert.Equal("too many redirects (more than 5)", reasons["/a"]);
        Assert.Equal("redirect to a file: address refused (http and https only)", reasons["/secret"]);
        Assert.Equal(2, reasons.Count);
        Assert.Equal(1, summary.Added);
        Assert.Equal(6, site.Requests.Count(r => r.Path is "/a" or "/b"));
    }

    [Fact]
    public async Task Links_to_private_and_loopback_addresses_are_not_followed_unless_allowed()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 2);
        var site = harness.Site;
        // 127.0.0.3 is another host than the one of the sources file: a feed must not send the crawler there.
        var loopback = site.Url(1, "/admin/page.html").AbsoluteUri;
        site.Set(1, "/admin/page.html", Feeds.Page(Teaser(site, 2, loopback), "Intranet", 2), "text/html");
        site.Set(0, "/feed", Rss(
            Teaser(site, 1, "http://10.1.2.3/internal/article.html"),
            Teaser(site, 2, loopback),
            Teaser(site, 3, "http://localhost:9/article.html"),
            Teaser(site, 4, "http://[::1]:9/article.html"),
            Teaser(site, 5, "file:///etc/passwd")) with { });

        var refused = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal(5, refused.TeasersKept);
        Assert.Equal(5, refused.Added);
        Assert.Contains(refused.Failed, f => f.Url.StartsWith("http://10.1.2.3/", StringComparison.Ordinal) && f.Reason.Contains("private address refused", StringComparison.Ordinal));
        Assert.Equal(3, refused.Failed.Count(f => f.Reason.Contains("loopback address refused", StringComparison.Ordinal)));
        Assert.Contains(refused.Failed, f => f.Url.StartsWith("file:", StringComparison.Ordinal));
        Assert.Empty(site.RequestsTo(1));
    }

    [Fact]
    public async Task With_allow_private_a_link_to_another_loopback_host_is_followed()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 2);
        harness.Options = harness.Options with { AllowPrivate = true };
        var site = harness.Site;
        var loopback = site.Url(1, "/articles/2.html").AbsoluteUri;
        site.Set(1, "/articles/2.html", Feeds.Page(Teaser(site, 2, loopback), "Intranet", 2), "text/html");
        site.Set(0, "/feed", Rss(Teaser(site, 2, loopback)));

        var summary = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Equal((1, 0), (summary.PagesFetched, summary.TeasersKept));
        Assert.Contains("Le vote définitif", harness.Engine.GetArticle("http://" + site.Hosts[0].Authority + "-2")!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_feed_is_listed_with_its_reason_and_read_again_next_round()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/feed", "<rss><channel><item><title>Coupé", "application/rss+xml");

        var first = await harness.RoundAsync(site.Url(0, "/feed"));
        site.Set(0, "/feed", Rss(Full(site, 1)));
        var second = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.StartsWith("invalid XML", Assert.Single(first.Failed).Reason, StringComparison.Ordinal);
        Assert.Equal(1, second.Added);
    }

    [Fact]
    public async Task A_site_whose_robots_txt_fails_with_a_server_error_is_left_alone()
    {
        await using var harness = await FetchHarness.StartAsync();
        var site = harness.Site;
        site.Set(0, "/robots.txt", new Resource([], "text/plain") { Handler = context => { context.Response.StatusCode = 500; return Task.CompletedTask; } });
        site.Set(0, "/feed", Rss(Full(site, 1)));

        var summary = await harness.RoundAsync(site.Url(0, "/feed"));

        Assert.Contains("robots.txt could not be fetched", Assert.Single(summary.Failed).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Requests, r => r.Path == "/feed");
    }

    private static Resource Redirect(string location) => new([], "text/plain")
    {
        Handler = context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        },
    };
}
