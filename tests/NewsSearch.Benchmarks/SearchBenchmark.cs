using System.Diagnostics;
using System.Globalization;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks;

/// <summary>Search latency over the corpus: plain search (no snippets, facets or collapsing) against the same
/// queries with everything on, several passes after warm-up, modes interleaved so machine noise hits them alike.
/// Usage: <c>search [--corpus FILE] [--index DIR] [--queries FILE] [--passes N] [--warmup N] [--ranking Name=value]...</c>.</summary>
internal static class SearchBenchmark
{
    private static readonly (string Name, SearchRequest Options)[] Modes =
    [
        ("plain", new SearchRequest { Query = "", Snippets = false, Facets = false, CollapseDuplicates = false }),
        ("facets+collapse", new SearchRequest { Query = "", Snippets = false }),
        ("snippets", new SearchRequest { Query = "", Facets = false, CollapseDuplicates = false }),
        ("full", new SearchRequest { Query = "" }),
    ];

    public static int Run(string[] args)
    {
        var options = BenchmarkArgs.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: search [--corpus FILE] [--index DIR] [--queries FILE] [--passes N] [--warmup N] [--ranking Name=value]...");
            return 2;
        }

        var queries = File.ReadAllLines(options.Queries).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var temporary = options.Index is null;
        var indexPath = options.Index ?? Path.Combine(Path.GetTempPath(), "newssearch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var engine = NewsSearchEngine.Open(indexPath, new NewsSearchOptions { Ranking = RankingExperiment.Override(new RankingOptions(), options.Ranking) });
            if (engine.IsEmpty)
            {
                Console.WriteLine($"indexing {options.Corpus} into {indexPath} ...");
                var summary = engine.IndexFiles([options.Corpus]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {summary.Documents} articles in {summary.Elapsed.TotalSeconds:0.0} s"));
            }

            Measure(engine, queries, options);
            DateSort(engine, queries);
            DeepPaging(engine);
            FreshReader(indexPath, queries[0]);
            return 0;
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(indexPath, recursive: true);
            }
        }
    }

    private static void Measure(NewsSearchEngine engine, List<string> queries, BenchmarkArgs options)
    {
        var samples = Modes.ToDictionary(m => m.Name, _ => new List<double>());
        for (var pass = 0; pass < options.Warmup + options.Passes; pass++)
        {
            foreach (var query in queries)
            {
                foreach (var (name, mode) in Modes)
                {
                    var clock = Stopwatch.StartNew();
                    engine.Search(mode with { Query = query });
                    var ms = clock.Elapsed.TotalMilliseconds;
                    if (pass >= options.Warmup)
                    {
                        samples[name].Add(ms);
                    }
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries.Count} queries x {options.Passes} passes after {options.Warmup} warm-up passes; top 10, page 1"));
        Console.WriteLine($"{"mode",-16} {"median ms",10} {"p99 ms",10} {"mean ms",10}");
        foreach (var (name, _) in Modes)
        {
            var s = samples[name];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-16} {Percentile(s, 50),10:0.00} {Percentile(s, 99),10:0.00} {s.Average(),10:0.00}"));
        }

        var plain = samples["plain"];
        var full = samples["full"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"full/plain: median {Percentile(full, 50) / Percentile(plain, 50):0.00}x, p99 {Percentile(full, 99) / Percentile(plain, 99):0.00}x, mean {full.Average() / plain.Average():0.00}x (target: within 2x)"));
    }

    /// <summary>Newest first, without snippets: Lucene's sorting collector against the pass over all hits.</summary>
    private static void DateSort(NewsSearchEngine engine, List<string> queries)
    {
        foreach (var (name, options) in new[] { ("plain", Modes[0].Options), ("facets+collapse", Modes[1].Options) })
        {
            var times = new List<double>();
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var query in queries)
                {
                    var clock = Stopwatch.StartNew();
                    engine.Search(options with { Query = query, Sort = SearchSort.Date });
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sort by date, {name}: median {Percentile(times, 50):0.00} ms, p99 {Percentile(times, 99):0.00} ms"));
        }
    }

    /// <summary>Pages ~150-260 of a broad query asked directly, then the page after one just served (read from the
    /// previous page's end: <c>SearchAfter</c> with Lucene's collectors, a cursor in the pass over all hits).</summary>
    private static void DeepPaging(NewsSearchEngine engine)
    {
        foreach (var (name, options) in new[] { ("plain", Modes[0].Options), ("facets+collapse", Modes[1].Options) })
        {
            var request = options with { Query = "france", PageSize = 10 };
            var direct = new List<double>();
            var next = new List<double>();
            for (var round = 0; round < 20; round++)
            {
                var clock = Stopwatch.StartNew();
                engine.Search(request with { Page = 200 + round * 3 });
                direct.Add(clock.Elapsed.TotalMilliseconds);
                engine.Search(request with { Page = 150 + round });
                clock.Restart();
                engine.Search(request with { Page = 151 + round });
                next.Add(clock.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"deep paging, {name} (\"france\", pages ~150-260 of 10): direct median {Percentile(direct, 50):0.00} ms, next page median {Percentile(next, 50):0.00} ms"));
        }
    }

    /// <summary>The first full search on a newly opened index reads every segment's days and outlets and clusters
    /// the near-duplicates (cached with the reader afterwards): timed on a second engine, the code already compiled.</summary>
    private static void FreshReader(string indexPath, string query)
    {
        using var engine = NewsSearchEngine.Open(indexPath);
        var clock = Stopwatch.StartNew();
        engine.Search(query);
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        engine.Search(query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first full search on a newly opened reader: {first:0.0} ms (then {clock.Elapsed.TotalMilliseconds:0.0} ms)"));
    }

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
