using System.Diagnostics;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks;

/// <summary>The first search after another process commits new articles, against a warm search of the same query:
/// what a running <c>serve</c> pays when <c>index</c> (or a fetch) adds a batch. Each round times the query warm
/// (median of five), has a child process add <c>--batch</c> new articles and commit (as <c>newssearch index</c> would),
/// waits until the engine sees them (it reopens the index in the background, once per refresh interval) and times
/// the first search on the new index; also how long after the commit the articles became visible. Afterwards the
/// added articles are deleted again (their files removed and the index updated), so the index can be measured anew.
/// Usage: <c>refresh INDEX_DIR QUERIES.txt NEW_ARTICLES.jsonl [--rounds R] [--batch N]</c>; the articles file must
/// hold at least R x N articles the index does not have.</summary>
internal static class RefreshBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: refresh INDEX_DIR QUERIES.txt NEW_ARTICLES.jsonl [--rounds R] [--batch N]");
            return 2;
        }

        var index = Path.GetFullPath(args[0]);
        var queries = File.ReadAllLines(args[1]).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var rounds = (int)(Options.Number(args, "--rounds") ?? 3);
        var batch = (int)(Options.Number(args, "--batch") ?? 1000);
        var fresh = File.ReadLines(args[2]).Where(l => l.Length > 0).Take(rounds * batch).ToList();
        if (fresh.Count < rounds * batch)
        {
            Console.Error.WriteLine($"{args[2]} holds {fresh.Count} articles; {rounds} rounds of {batch} need {rounds * batch}.");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("newssearch-refresh-").FullName;
        try
        {
            return Measure(index, queries, fresh, rounds, batch, folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            // The batch files are gone: an indexing run deletes their articles.
            AddInChildProcess(index, []);
        }
    }

    private static int Measure(string index, List<string> queries, List<string> fresh, int rounds, int batch, string folder)
    {
        var options = new NewsSearchOptions();
        using var engine = NewsSearchEngine.Open(index, options);
        engine.WarmInBackground().Wait(); // as `serve` does
        for (var pass = 0; pass < 2; pass++)
        {
            queries.ForEach(q => engine.Search(q));
        }

        var warm = new List<double>();
        var first = new List<double>();
        var second = new List<double>();
        var commits = new List<double>();
        var visible = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var query = queries[(round * 7) % queries.Count];
            warm.Add(Median(Enumerable.Range(0, 5).Select(_ => Time(() => engine.Search(query))).ToList()));
            var file = Path.Combine(folder, $"batch-{round}.jsonl");
            File.WriteAllLines(file, fresh.Skip(round * batch).Take(batch));
            var commitClock = Stopwatch.StartNew();
            AddInChildProcess(index, [file]);
            commits.Add(commitClock.Elapsed.TotalMilliseconds);

            // The engine looks for a newer commit once per refresh interval, in the background, and reads it before
            // searches switch to it: wait until the new articles are visible, then time the first search that sees them.
            var newId = System.Text.Json.JsonDocument.Parse(fresh[round * batch]).RootElement.GetProperty("id").GetString()!;
            var visibleClock = Stopwatch.StartNew();
            while (engine.GetArticle(newId) is null)
            {
                if (visibleClock.Elapsed > TimeSpan.FromSeconds(60))
                {
                    Console.Error.WriteLine($"A minute after the commit, the engine did not see the new article {newId}.");
                    return 1;
                }

                Thread.Sleep(10);
            }

            visible.Add(visibleClock.Elapsed.TotalMilliseconds);
            first.Add(Time(() => engine.Search(query)));
            second.Add(Time(() => engine.Search(query)));
            Console.Error.WriteLine($"round {round + 1}: \"{query}\" warm {warm[^1]:0.0} ms, first after commit {first[^1]:0.0} ms, then {second[^1]:0.0} ms (child add+commit {commits[^1]:0} ms, visible {visible[^1]:0} ms after it)");
        }

        Options.Print("warm_search_ms", Median(warm));
        Options.Print("first_search_after_commit_ms", Median(first));
        Options.Print("first_minus_warm_ms", Median(first.Zip(warm, (f, w) => f - w).ToList()));
        Options.Print("second_search_after_commit_ms", Median(second));
        Options.Print("add_and_commit_ms", Median(commits));
        Options.Print("visible_after_commit_ms", Median(visible));
        return 0;
    }

    private static double Time(Func<SearchResults> search)
    {
        var start = Stopwatch.GetTimestamp();
        search();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(List<double> values) => Options.Percentile(values, 50);

    /// <summary>Indexes the files in another process, as <c>newssearch index</c> would, so nothing it reads or caches
    /// is shared with the searching process.</summary>
    private static void AddInChildProcess(string index, string[] files)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("NewsSearch.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(RefreshBenchmark).Assembly.Location);
        }

        foreach (var arg in (string[])["add", index, .. files])
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"Adding {string.Join(", ", files)} to {index} failed with exit code {child.ExitCode}.");
        }
    }

    /// <summary>The child's side: <c>add INDEX_DIR [FILE...]</c>.</summary>
    public static int Add(string[] args)
    {
        using var engine = NewsSearchEngine.Open(args[0]);
        var summary = engine.IndexFiles(args[1..]);
        Console.WriteLine($"added {summary.Added}, deleted {summary.Deleted}");
        return summary.Skipped.Count == 0 ? 0 : 1;
    }
}
