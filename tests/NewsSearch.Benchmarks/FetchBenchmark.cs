using System.Globalization;
using NewsSearch.Core.Tests.Fetching;
using NewsSearch.Fetching;

namespace NewsSearch.Benchmarks;

/// <summary>What a fetch round costs over the fixture site of four outlets (RSS with full text, RSS with teasers and
/// pages, Atom, Latin-1 RSS; on loopback): requests, bytes received and seconds of a first round (everything new) and
/// of a second one over unchanged feeds, medians over the runs, each run on a fresh site, index and archive.</summary>
internal static class FetchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Option(args, "--runs", 3);
        var items = Option(args, "--items", 20);
        var delay = TimeSpan.FromSeconds(Option(args, "--delay", 1.0));
        var first = new List<FetchSummary>();
        var second = new List<FetchSummary>();
        var articles = 0;
        for (var run = 0; run < runs; run++)
        {
            await using var site = await FixtureSite.StartAsync(hosts: 4);
            var outlets = new Outlets(site);
            for (var n = 0; n < items - 3; n++)
            {
                for (var host = 0; host < 4; host++)
                {
                    outlets.AddItem(host, 1000 * (host + 1) + n);
                }
            }

            var folder = Path.Combine(Path.GetTempPath(), "newssearch-fetch-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var engine = NewsSearchEngine.Open(Path.Combine(folder, "index"));
                using var fetcher = new NewsFetcher(engine, new FetchOptions { ArchivePath = Path.Combine(folder, "archive"), Delay = delay });
                var sources = SourcesFile.Parse(outlets.Opml);
                first.Add(await fetcher.FetchAsync(sources));
                second.Add(await fetcher.FetchAsync(sources));
                articles = first[^1].Documents;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run + 1}: first {Line(first[^1])}; second {Line(second[^1])}"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fetch round over 4 outlets, {articles} articles, delay {delay.TotalSeconds:0.###} s, medians of {runs} runs"));
        Console.WriteLine("first round:  " + Line(Median(first)));
        Console.WriteLine("second round: " + Line(Median(second)));
        return 0;
    }

    private static string Line(FetchSummary s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Requests} requests, {s.BytesReceived / 1024.0:0.0} KB received, {s.Elapsed.TotalSeconds:0.00} s ({s.NewItems} new items, {s.PagesFetched} pages, {s.NotModified} not modified)");

    private static FetchSummary Median(List<FetchSummary> runs)
    {
        static T Mid<T>(IEnumerable<T> values) => values.Order().ElementAt(values.Count() / 2);
        return runs[0] with
        {
            Requests = Mid(runs.Select(r => r.Requests)),
            BytesReceived = Mid(runs.Select(r => r.BytesReceived)),
            Elapsed = Mid(runs.Select(r => r.Elapsed)),
        };
    }

    private static T Option<T>(string[] args, string name, T fallback) where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
