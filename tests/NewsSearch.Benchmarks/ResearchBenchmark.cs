using System.Diagnostics;
using System.Globalization;
using NewsSearch.Search.Coverage;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Benchmarks;

/// <summary>Coverage and terms latency over an index, for queries whose match sets run from tens of articles to a
/// large share of the index: warm medians after warm-up passes, the first coverage on a newly opened reader (every
/// segment's days, outlets and totals read once), and coverage by day, week, year and outlet for the largest set.
/// Usage: <c>research [--corpus FILE] [--index DIR] [--passes N] [--warmup N]</c>.</summary>
internal static class ResearchBenchmark
{
    private static readonly string[] Queries =
    [
        "Greta Thunberg", "réchauffement climatique", "Macron retraites", "climat", "Trump", "économie", "gouvernement", "coronavirus", "France",
    ];

    public static int Run(string[] args)
    {
        var options = BenchmarkArgs.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: research [--corpus FILE] [--index DIR] [--passes N] [--warmup N]");
            return 2;
        }

        var temporary = options.Index is null;
        var indexPath = options.Index ?? Path.Combine(Path.GetTempPath(), "newssearch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var engine = NewsSearchEngine.Open(indexPath))
            {
                if (engine.IsEmpty)
                {
                    Console.WriteLine($"indexing {options.Corpus} into {indexPath} ...");
                    engine.IndexFiles([options.Corpus]);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine.GetStatistics().Documents} articles; {options.Passes} passes after {options.Warmup} warm-up passes"));
                var largest = Measure(engine, options);
                Intervals(engine, largest);
                SampleSizes(engine);
            }

            FreshReader(indexPath);
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

    /// <summary>Coverage by month and terms for each query, interleaved pass by pass; returns the query matching most.</summary>
    private static string Measure(NewsSearchEngine engine, BenchmarkArgs options)
    {
        var coverage = Queries.ToDictionary(q => q, _ => new List<double>());
        var terms = Queries.ToDictionary(q => q, _ => new List<double>());
        var matches = new Dictionary<string, int>();
        var sampled = new Dictionary<string, int>();
        for (var pass = 0; pass < options.Warmup + options.Passes; pass++)
        {
            foreach (var query in Queries)
            {
                var clock = Stopwatch.StartNew();
                var series = engine.Coverage(new CoverageRequest { Queries = [query] }).Series[0];
                var coverageMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var characteristic = engine.Terms(new TermsRequest { Query = query });
                var termsMs = clock.Elapsed.TotalMilliseconds;
                matches[query] = series.Matches;
                sampled[query] = characteristic.Sampled;
                if (pass >= options.Warmup)
                {
                    coverage[query].Add(coverageMs);
                    terms[query].Add(termsMs);
                }
            }
        }

        Console.WriteLine($"{"query",-26} {"matches",9} {"coverage ms",12} {"p90",7} {"terms ms",9} {"p90",7} {"sampled",8}");
        foreach (var query in Queries)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{query,-26} {matches[query],9} {Percentile(coverage[query], 50),12:0.0} {Percentile(coverage[query], 90),7:0.0} {Percentile(terms[query], 50),9:0.0} {Percentile(terms[query], 90),7:0.0} {sampled[query],8}"));
        }

        return matches.MaxBy(m => m.Value).Key;
    }

    private static void Intervals(NewsSearchEngine engine, string query)
    {
        foreach (var (name, request) in new[]
        {
            ("day", new CoverageRequest { Queries = [query], By = CoverageInterval.Day }),
            ("week", new CoverageRequest { Queries = [query], By = CoverageInterval.Week }),
            ("year", new CoverageRequest { Queries = [query], By = CoverageInterval.Year }),
            ("month, by outlet", new CoverageRequest { Queries = [query], BySource = true }),
            ("month, two queries", new CoverageRequest { Queries = [query, Queries[0]] }),
        })
        {
            var times = Enumerable.Range(0, 7).Select(_ =>
            {
                var clock = Stopwatch.StartNew();
                engine.Coverage(request);
                return clock.Elapsed.TotalMilliseconds;
            }).Skip(2).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"coverage of \"{query}\" by {name}: median {Percentile(times, 50):0.0} ms"));
        }
    }

    /// <summary>Terms from samples of 200, 500 (the default) and 2,000 of the best matches, interleaved: median time,
    /// and how many of the 20 terms each finds are among the 20 found with a sample of 2,000.</summary>
    private static void SampleSizes(NewsSearchEngine engine)
    {
        int[] sizes = [200, 500, 2000];
        var times = sizes.ToDictionary(s => s, _ => new List<double>());
        var overlap = sizes.ToDictionary(s => s, _ => new List<double>());
        foreach (var query in Queries.Where(q => engine.Coverage(new CoverageRequest { Queries = [q] }).Series[0].Matches > 2000))
        {
            var lists = new Dictionary<int, HashSet<string>>();
            for (var pass = 0; pass < 3; pass++)
            {
                foreach (var size in sizes)
                {
                    var clock = Stopwatch.StartNew();
                    var terms = engine.Terms(new TermsRequest { Query = query, SampleSize = size });
                    times[size].Add(clock.Elapsed.TotalMilliseconds);
                    lists[size] = [.. terms.Terms.Select(t => t.Term)];
                }
            }

            foreach (var size in sizes)
            {
                overlap[size].Add(lists[size].Intersect(lists[2000]).Count());
            }
        }

        foreach (var size in sizes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"terms from a sample of {size}: median {Percentile(times[size], 50):0.0} ms, {overlap[size].Average():0.0} of 20 terms shared with a sample of 2000 (queries matching over 2000)"));
        }
    }

    /// <summary>The first coverage on a newly opened index reads each segment's days and outlets and counts its
    /// articles per day (cached with the reader afterwards): timed on a second engine, the code already compiled.</summary>
    private static void FreshReader(string indexPath)
    {
        using var engine = NewsSearchEngine.Open(indexPath);
        var clock = Stopwatch.StartNew();
        engine.Coverage(new CoverageRequest { Queries = [Queries[0]] });
        var first = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        engine.Coverage(new CoverageRequest { Queries = [Queries[0]] });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first coverage on a newly opened reader: {first:0.0} ms (then {clock.Elapsed.TotalMilliseconds:0.0} ms)"));
    }

    private static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
