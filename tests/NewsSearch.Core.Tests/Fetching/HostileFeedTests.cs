using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>The crawler drill in short (drill 9 of tests/drills runs it against the built program): hosts that drop
/// the connection mid-body, drip bytes forever, send a gzip bomb, garbage or a feed with external entities, beside a
/// good feed; the round ends within its bound, lists each fault, archives the good items, resolves no entity, and the
/// next round keeps what was archived.</summary>
public sealed class HostileFeedTests
{
    [Fact]
    public async Task A_round_among_hostile_hosts_ends_in_time_keeps_the_good_items_and_resolves_no_entity()
    {
        await using var harness = await FetchHarness.StartAsync(hosts: 6);
        harness.Options = harness.Options with { RequestTimeout = TimeSpan.FromSeconds(2) };
        var site = harness.Site;
        var good = Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), 1, full: true);
        site.Set(0, "/good", new Resource(Encoding.UTF8.GetBytes(Feeds.Rss("Le Fil", [good], contentEncoded: true)), "application/rss+xml"));
        site.Set(1, "/cut", Handled(async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.Body.WriteAsync("<rss><channel>"u8.ToArray());
            await context.Response.Body.FlushAsync();
            context.Abort();
        }));
        site.Set(2, "/drip", Handled(async context =>
        {
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(" "u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        }));
        var bomb = GzipOfSpaces(50 * 1024 * 1024);
        site.Set(3, "/bomb", Handled(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        }));
        site.Set(4, "/garbage", new Resource(Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7919)).ToArray(), "application/rss+xml"));
        var entity = site.Url(5, "/entity");
        site.Set(5, "/entity", "LEAKED", "text/plain");
        site.Set(5, "/xxe", $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM \"{entity}\"><!ENTITY f SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>X</title><item><guid>xxe</guid><title>t &e; &f;</title><description>d</description></item></channel></rss>", "application/rss+xml");
        Uri[] feeds = [site.Url(0, "/good"), site.Url(1, "/cut"), site.Url(2, "/drip"), site.Url(3, "/bomb"), site.Url(4, "/garbage"), site.Url(5, "/xxe")];
        var clock = Stopwatch.StartNew();

        var first = await harness.RoundAsync(feeds);
        var second = await harness.RoundAsync(feeds);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"two rounds took {clock.Elapsed}");
        var reasons = first.Failed.ToDictionary(f => new Uri(f.Url).AbsolutePath, f => f.Reason);
        Assert.Equal(["/bomb", "/cut", "/drip", "/garbage", "/xxe"], reasons.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("timed out after 2 s", reasons["/drip"]);
        Assert.Equal("response larger than 10 MB: abandoned", reasons["/bomb"]);
        Assert.StartsWith("invalid XML", reasons["/xxe"], StringComparison.Ordinal);
        Assert.Equal((1, 1), (first.Added, second.Documents));
        Assert.DoesNotContain(site.Requests, r => r.Path == "/entity");
    }

    private static Resource Handled(Func<HttpContext, Task> handler) => new([], "application/rss+xml") { Handler = handler };

    private static byte[] GzipOfSpaces(int length)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (var written = 0; written < length; written += chunk.Length)
            {
                gzip.Write(chunk);
            }
        }

        return output.ToArray();
    }
}
