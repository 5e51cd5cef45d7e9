using System.Diagnostics;
using System.Globalization;
using NewsSearch.Export;
using NewsSearch.Search.Listing;

namespace NewsSearch.Benchmarks;

/// <summary>What an export's snippets cost: the same export (CSV to nowhere) with a search's highlighted best passage,
/// with the plain first-match snippet exports use, and with none, passes interleaved, medians in rows per second.
/// Usage: <c>export [--corpus FILE] [--index DIR] [--passes N] [--warmup N] [QUERY...]</c>.</summary>
internal static class ExportBenchmark
{
    private static readonly SnippetKind[] Kinds = [SnippetKind.Highlighted, SnippetKind.Plain, SnippetKind.None];

    public static int Run(string[] args)
    {
        var queries = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var options = BenchmarkArgs.Parse(args[queries.Count..]);
        if (options is null)
        {
            Console.Error.WriteLine("usage: export [QUERY...] [--corpus FILE] [--index DIR] [--passes N] [--warmup N]");
            return 2;
        }

        if (queries.Count == 0)
        {
            queries = ["coronavirus", "Maroc", "économie mondiale"];
        }

        var temporary = options.Index is null;
        var indexPath = options.Index ?? Path.Combine(Path.GetTempPath(), "newssearch-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var engine = NewsSearchEngine.Open(indexPath);
            if (engine.IsEmpty)
            {
                Console.WriteLine($"indexing {options.Corpus} into {indexPath} ...");
                engine.IndexFiles([options.Corpus]);
            }

            foreach (var query in queries)
            {
                Measure(engine, query, options);
            }

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

    private static void Measure(NewsSearchEngine engine, string query, BenchmarkArgs options)
    {
        var seconds = Kinds.ToDictionary(k => k, _ => new List<double>());
        long rows = 0;
        for (var pass = 0; pass < options.Warmup + options.Passes; pass++)
        {
            foreach (var kind in Kinds)
            {
                var clock = Stopwatch.StartNew();
                rows = engine.ExportAsync(new ExportRequest { Query = query, Snippets = kind }, Stream.Null).GetAwaiter().GetResult().Rows;
                if (pass >= options.Warmup)
                {
                    seconds[kind].Add(clock.Elapsed.TotalSeconds);
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\"{query}\": {rows} rows, median of {options.Passes} passes"));
        foreach (var kind in Kinds)
        {
            var median = Median(seconds[kind]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-12} {median:0.000} s  {rows / median,8:0} rows/s  {median * 1e6 / Math.Max(rows, 1),7:0} µs/row"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
