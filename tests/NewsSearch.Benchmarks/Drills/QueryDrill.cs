using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Tests.Search;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks.Drills;

/// <summary>The hostile-query drill through the library: <c>queries --index DIR --count N --seed S --bound-ms B
/// [--threads T]</c> runs N generated queries, one at a time on each of T threads (default: one per core), timing each
/// (wall clock and the thread's CPU), and prints one RESULT line. <c>--emit FILE</c> writes the queries as JSON strings instead, for the HTTP half of the drill.</summary>
internal static class QueryDrill
{
    public static int Run(string[] args)
    {
        var options = Args(args);
        var count = int.Parse(options.GetValueOrDefault("count", "100000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
        var queries = new HostileQueries(seed);
        if (options.TryGetValue("emit", out var emit))
        {
            using var writer = new StreamWriter(emit);
            for (var i = 0; i < count; i++)
            {
                writer.WriteLine(JsonSerializer.Serialize(queries.Next()));
            }

            return 0;
        }

        var bound = TimeSpan.FromMilliseconds(double.Parse(options.GetValueOrDefault("bound-ms", "2000"), CultureInfo.InvariantCulture));
        var workers = int.Parse(options.GetValueOrDefault("threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        using var engine = NewsSearchEngine.Open(options["index"]);
        var tally = new Tally(count);
        var current = new (string Text, long Started)[workers];
        Array.Fill(current, ("", Stopwatch.GetTimestamp()));
        using var watchdog = new Timer(_ =>
        {
            foreach (var (text, started) in current)
            {
                if (Stopwatch.GetElapsedTime(started) > bound * 20)
                {
                    Console.WriteLine($"RESULT hung query={JsonSerializer.Serialize(text)}");
                    Environment.Exit(1);
                }
            }
        }, null, 1000, 1000);

        // One query at a time per core: each is timed on its own thread's CPU clock, so running them side by side
        // leaves the bound as strict and only shortens the drill.
        var issued = 0;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            while (true)
            {
                string text;
                lock (queries)
                {
                    if (issued == count)
                    {
                        return;
                    }

                    issued++;
                    text = queries.Next();
                }

                current[worker] = (text, Stopwatch.GetTimestamp());
                var cpu = ThreadClock.Now();
                Exception? failure = null;
                try
                {
                    _ = engine.Search(new SearchRequest { Query = text, PageSize = 10 });
                }
                catch (Exception e)
                {
                    failure = e;
                }

                tally.Add(text, Stopwatch.GetElapsedTime(current[worker].Started), ThreadClock.Now() - cpu, bound, failure);
            }
        });

        Console.Error.WriteLine($"worst-cpu query={JsonSerializer.Serialize(tally.WorstQuery.Length > 200 ? tally.WorstQuery[..200] + "…" : tally.WorstQuery)}");
        Console.WriteLine(tally.Result(count));
        return tally.Failures == 0 && tally.Over == 0 ? 0 : 1;
    }

    /// <summary>What the workers measured, added under a lock.</summary>
    private sealed class Tally(int count)
    {
        private readonly List<double> _wall = new(count);
        private TimeSpan _worstWall;
        private TimeSpan _worstCpu;

        public int Failures { get; private set; }

        public int Over { get; private set; }

        public string WorstQuery { get; private set; } = "";

        public void Add(string text, TimeSpan elapsed, TimeSpan used, TimeSpan bound, Exception? failure)
        {
            lock (_wall)
            {
                _wall.Add(elapsed.TotalMilliseconds);
                if (failure is not null)
                {
                    Failures++;
                    Console.Error.WriteLine($"failure {failure.GetType().Name}: {failure.Message} query={JsonSerializer.Serialize(text)}");
                }

                if (used > bound)
                {
                    Over++;
                    Console.Error.WriteLine($"slow cpu={used.TotalMilliseconds:0}ms query={JsonSerializer.Serialize(text)}");
                }

                if (used > _worstCpu)
                {
                    (_worstCpu, WorstQuery) = (used, text);
                }

                _worstWall = elapsed > _worstWall ? elapsed : _worstWall;
            }
        }

        public string Result(int queries)
        {
            _wall.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"RESULT queries={queries} failures={Failures} over_bound={Over} p50_ms={_wall[queries / 2]:0.0} p99_ms={_wall[queries * 99 / 100]:0.0} worst_wall_ms={_worstWall.TotalMilliseconds:0} worst_cpu_ms={_worstCpu.TotalMilliseconds:0}");
        }
    }

    internal static Dictionary<string, string> Args(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        return options;
    }
}
