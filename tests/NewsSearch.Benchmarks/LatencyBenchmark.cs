using System.Diagnostics;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks;

/// <summary>Search latency timed the way the Java peer of <c>../shared/bench/peers</c> times its own (FrBench
/// <c>search</c>), so the two can stand side by side: one thread, a warm-up of at least one pass and
/// <c>--warm-seconds</c>, then whole passes over the queries until <c>--seconds</c> have gone by; p50 and p99 of the
/// single queries. <b>full</b> is what <c>search</c> and <c>serve</c> do by default (snippets, facets, collapsing,
/// synonyms, rescoring), set against the peer with snippets; <b>plain</b> leaves out snippets, facets and collapsing,
/// set against the peer without snippets. Prints <c>peer=newssearch metric=M value=V</c> lines.
/// Usage: <c>latency INDEX_DIR QUERIES.txt [--seconds S] [--warm-seconds S]</c>.</summary>
internal static class LatencyBenchmark
{
    private static readonly (string Name, SearchRequest Request)[] Modes =
    [
        ("full", new SearchRequest { Query = "" }),
        ("plain", new SearchRequest { Query = "", Snippets = false, Facets = false, CollapseDuplicates = false }),
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: latency INDEX_DIR QUERIES.txt [--seconds S] [--warm-seconds S]");
            return 2;
        }

        var queries = File.ReadAllLines(args[1]).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var seconds = Options.Number(args, "--seconds") ?? 5;
        var warmSeconds = Options.Number(args, "--warm-seconds") ?? 2;
        using var engine = NewsSearchEngine.Open(args[0]);
        // As `serve` does: the per-segment values in memory before the first timed search.
        engine.WarmInBackground().Wait();
        if (engine.IsEmpty)
        {
            Console.Error.WriteLine($"The index at {args[0]} is empty.");
            return 1;
        }

        double hits = 0;
        foreach (var query in queries)
        {
            hits += engine.Search(Modes[0].Request with { Query = query }).Articles;
        }

        Options.Print("mean_total_hits", hits / queries.Count);
        foreach (var (name, request) in Modes)
        {
            var warm = Stopwatch.StartNew();
            do
            {
                queries.ForEach(q => engine.Search(request with { Query = q }));
            }
            while (warm.Elapsed.TotalSeconds < warmSeconds);

            var samples = new List<double>();
            var clock = Stopwatch.StartNew();
            do
            {
                foreach (var query in queries)
                {
                    var start = Stopwatch.GetTimestamp();
                    engine.Search(request with { Query = query });
                    samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                }
            }
            while (clock.Elapsed.TotalSeconds < seconds);

            Options.Print($"qps_{name}", samples.Count / clock.Elapsed.TotalSeconds);
            Options.Print($"p50_us_{name}", Options.Percentile(samples, 50));
            Options.Print($"p99_us_{name}", Options.Percentile(samples, 99));
            Options.Print($"timed_queries_{name}", samples.Count);
        }

        return 0;
    }
}
