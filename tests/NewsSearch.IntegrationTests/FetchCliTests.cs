using System.Diagnostics;
using System.Text.Json;
using NewsSearch.Core.Tests.Fetching;

namespace NewsSearch.IntegrationTests;

/// <summary>The issue's checks through the real <c>newssearch fetch</c> against fixture outlets on loopback.</summary>
public sealed class FetchCliTests
{
    private const double Delay = 0.05;

    [Fact]
    public async Task Fetch_indexes_every_article_and_the_next_rounds_cost_only_304s_until_two_items_are_added()
    {
        await using var site = await FixtureSite.StartAsync(hosts: 4);
        var outlets = new Outlets(site);
        using var folder = new TempFolder();
        folder.File("sources.opml", outlets.Opml);

        var first = await FetchAsync(folder);

        Assert.Equal(4, first.GetProperty("feeds").GetInt32());
        Assert.Equal(outlets.Expected.Count, first.GetProperty("added").GetInt32());
        Assert.Equal(outlets.Expected.Count, first.GetProperty("documents").GetInt32());
        Assert.All(first.GetProperty("failed").EnumerateArray(), f => Assert.Contains("robots.txt", f.GetProperty("reason").GetString(), StringComparison.Ordinal));
        using (var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "idx")))
        {
            foreach (var expected in outlets.Expected)
            {
                var hit = Assert.Single(engine.Search(Feeds.Place(expected.N)).Hits);
                Assert.Equal((expected.Title, expected.Url, expected.Published), (hit.Title, hit.Url, hit.Published));
                Assert.True(expected.Shared || expected.Outlet == hit.Source, $"{expected.Url}: {hit.Source}");
            }
        }

        var phrase = await Cli.RunAsync(folder.Path, "search", $"\"la coopérative fromagère a présenté\" {Feeds.Place(401)}", "--index", "idx", "--json");
        var found = JsonDocument.Parse(phrase.Stdout).RootElement.GetProperty("hits");
        Assert.Equal(Outlets.Courrier, Assert.Single(found.EnumerateArray()).GetProperty("source").GetString());

        var second = await FetchAsync(folder);
        Assert.Equal((0, 0, 4), (second.GetProperty("pagesFetched").GetInt32(), second.GetProperty("added").GetInt32(), second.GetProperty("notModified").GetInt32()));

        outlets.AddItem(3, 480);
        outlets.AddItem(3, 481);
        var third = await FetchAsync(folder);
        Assert.Equal((2, 2), (third.GetProperty("added").GetInt32(), third.GetProperty("newItems").GetInt32()));

        var requests = site.Requests;
        Assert.All(requests, r => Assert.Matches(@"^NewsSearch/\d+\.\d+\.\d+ ", r.UserAgent));
        Assert.DoesNotContain(requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        foreach (var host in requests.GroupBy(r => r.Host))
        {
            var times = host.Select(r => r.Timestamp).Order().ToList();
            Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(Stopwatch.GetElapsedTime(pair.First, pair.Second).TotalSeconds >= Delay, $"{host.Key}: requests too close"));
        }

        var stats = JsonDocument.Parse((await Cli.RunAsync(folder.Path, "stats", "--index", "idx", "--json")).Stdout).RootElement;
        Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse(stats.GetProperty("lastReceived").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_fetch_killed_mid_round_then_run_again_leaves_every_article_exactly_once()
    {
        const int items = 30;
        await using var site = await FixtureSite.StartAsync();
        var feed = Enumerable.Range(0, items).Select(n => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: false)).ToList();
        site.Set(0, "/feed", Feeds.Rss("Le Fil", feed), "application/rss+xml");
        foreach (var (item, n) in feed.Select((i, n) => (i, n)))
        {
            site.Set(0, $"/articles/{n}.html", Feeds.Page(item, "Le Fil", n), "text/html");
        }

        using var folder = new TempFolder();
        folder.File("sources.txt", site.Url(0, "/feed").AbsoluteUri + "\n");
        var tenthPage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pages = 0;
        site.OnRequest = r =>
        {
            if (r.Path.StartsWith("/articles/", StringComparison.Ordinal) && Interlocked.Increment(ref pages) == 10)
            {
                tenthPage.TrySetResult();
            }
        };
        using (var process = Cli.Start(folder.Path, null, "fetch", "--sources", "sources.txt", "--index", "idx", "--archive", "arch", "--delay", "0.02"))
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            await tenthPage.Task.WaitAsync(TimeSpan.FromMinutes(2));
            process.Kill();
            await process.WaitForExitAsync();
        }

        site.OnRequest = null;
        var rerun = await FetchAsync(folder, "sources.txt", delay: 0.02);

        Assert.Equal(items, rerun.GetProperty("documents").GetInt32());
        Assert.Equal(items, IngestionSupport.CheckAndCount(Path.Combine(folder.Path, "idx")));
        using var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "idx"));
        Assert.All(Enumerable.Range(0, items), n => Assert.Single(engine.Search(Feeds.Place(n)).Hits));
        var again = site.Requests.Where(r => r.Path.StartsWith("/articles/", StringComparison.Ordinal)).GroupBy(r => r.Path).Where(g => g.Count() > 1).ToList();
        Assert.True(again.Count <= 1, "pages downloaded twice: " + string.Join(", ", again.Select(g => g.Key)));
    }

    [Fact]
    public async Task Fetch_every_runs_rounds_until_ctrl_c_then_commits_and_exits_1()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Set(0, "/feed", Feeds.Rss("Le Fil", [Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), 1, full: true)], contentEncoded: true), "application/rss+xml");
        using var folder = new TempFolder();
        folder.File("sources.txt", site.Url(0, "/feed").AbsoluteUri);
        using var process = Cli.Start(folder.Path, null, "fetch", "--sources", "sources.txt", "--index", "idx", "--archive", "arch", "--delay", "0.02", "--every", "200ms", "--json");
        var stderr = process.StandardError.ReadToEndAsync();

        var rounds = new List<JsonElement>();
        while (rounds.Count < 2 && await process.StandardOutput.ReadLineAsync() is { } line)
        {
            rounds.Add(JsonDocument.Parse(line).RootElement);
        }

        Assert.Equal(0, Interrupt(process.Id));
        var rest = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, rounds.Count);
        Assert.Equal((1, 0), (rounds[0].GetProperty("added").GetInt32(), rounds[1].GetProperty("added").GetInt32()));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Stopped", await stderr, StringComparison.Ordinal);
        Assert.Contains("INF:", await stderr, StringComparison.Ordinal);
        _ = rest;
    }

    [Fact]
    public async Task Without_archive_option_the_archive_goes_under_seeds_which_index_and_reindex_read_without_the_network()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Set(0, "/feed", Feeds.Rss("Le Fil", Enumerable.Range(0, 3).Select(n => Feeds.Item(site.Url(0, "").AbsoluteUri.TrimEnd('/'), n, full: true)), contentEncoded: true), "application/rss+xml");
        using var folder = new TempFolder(withSeeds: true);
        folder.File("sources.txt", site.Url(0, "/feed").AbsoluteUri);

        var fetched = await FetchAsync(folder, "sources.txt", delay: 0.02, defaultArchive: true);
        await site.DisposeAsync();
        var rebuilt = JsonDocument.Parse((await Cli.RunAsync(folder.Path, "reindex", "--index", "idx", "--json")).Stdout).RootElement;

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder.Path, "seeds", "fetched"), "*.jsonl", SearchOption.AllDirectories));
        Assert.Equal(3, fetched.GetProperty("added").GetInt32());
        Assert.Equal(fetched.GetProperty("documents").GetInt32() + 1, rebuilt.GetProperty("documents").GetInt32());
        Assert.Empty(rebuilt.GetProperty("skipped").EnumerateArray());
        var ignored = Process.Start(new ProcessStartInfo("git", ["check-ignore", "-q", "seeds/fetched/2024/03/20240301T080000000Z-001.jsonl"]) { WorkingDirectory = TempFolder.RepoRoot })!;
        await ignored.WaitForExitAsync();
        Assert.Equal(0, ignored.ExitCode);
    }

    [Theory]
    [InlineData("fetch")]
    [InlineData("fetch", "--sources", "missing.opml")]
    [InlineData("fetch", "--sources", "sources.txt", "--every", "soon")]
    [InlineData("fetch", "--sources", "sources.txt", "--delay", "-1")]
    [InlineData("fetch", "--sources", "bad.txt")]
    [InlineData("serve", "--sources", "sources.txt")]
    public async Task Bad_arguments_exit_2_with_one_sentence(params string[] args)
    {
        using var folder = new TempFolder();
        folder.File("sources.txt", "https://example.org/feed.xml\n");
        folder.File("bad.txt", "not-a-url\n");

        var result = await Cli.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archive_that_cannot_be_written_exits_1_with_one_sentence()
    {
        using var folder = new TempFolder();
        folder.File("sources.txt", "http://127.0.0.1:9/feed.xml\n");
        folder.File("arch", "a file where the archive folder should be");

        var result = await Cli.RunAsync(folder.Path, "fetch", "--sources", "sources.txt", "--archive", "arch", "--index", "idx");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15m", 900)]
    [InlineData("1h30m", 5400)]
    [InlineData("90s", 90)]
    [InlineData("500ms", 0.5)]
    [InlineData("2d", 172800)]
    [InlineData("00:15:00", 900)]
    public void Durations_read_as_written(string text, double seconds)
    {
        Assert.True(NewsSearch.Cli.Durations.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("15")]
    [InlineData("15 minutes")]
    [InlineData("0s")]
    [InlineData("-5m")]
    public void Durations_refuse_what_is_not_one(string text) => Assert.False(NewsSearch.Cli.Durations.TryParse(text, out _));

    /// <summary>Runs one fetch round with --json into ./idx (and ./arch unless the default archive is wanted); returns its summary.</summary>
    private static async Task<JsonElement> FetchAsync(TempFolder folder, string sources = "sources.opml", double delay = Delay, bool defaultArchive = false)
    {
        string[] archive = defaultArchive ? [] : ["--archive", "arch"];
        var result = await Cli.RunAsync(folder.Path, ["fetch", "--sources", sources, "--index", "idx", "--json", "--delay", delay.ToString(System.Globalization.CultureInfo.InvariantCulture), .. archive]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static int Interrupt(int pid) => Kill(pid, 2);
}
