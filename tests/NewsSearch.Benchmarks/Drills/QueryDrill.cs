using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Core.Tests.Search;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks.Drills;

/// <summary>The hostile-query drill through the library: <c>queries --index DIR --count N --seed S --bound-ms B</c>
/// runs N generated queries one after the other, timing each (wall clock and the thread's CPU), and prints one
/// RESULT line. <c>--emit FILE</c> writes the queries as JSON strings instead, for the HTTP half of the drill.</summary>
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
        using var engine = NewsSearchEngine.Open(options["index"]);
        var failures = 0;
        var over = 0;
        var worstWall = TimeSpan.Zero;
        var worstCpu = TimeSpan.Zero;
        var worstQuery = "";
        var wall = new List<double>(count);
        var current = (Text: "", Started: Stopwatch.GetTimestamp());
        using var watchdog = new Timer(_ =>
        {
            var (text, started) = current;
            if (Stopwatch.GetElapsedTime(started) > bound * 20)
            {
                Console.WriteLine($"RESULT hung query={JsonSerializer.Serialize(text)}");
                Environment.Exit(1);
            }
        }, null, 1000, 1000);
        for (var i = 0; i < count; i++)
        {
            var text = queries.Next();
            current = (text, Stopwatch.GetTimestamp());
            var cpu = ThreadClock.Now();
            try
            {
                _ = engine.Search(new SearchRequest { Query = text, PageSize = 10 });
            }
            catch (Exception e)
            {
                failures++;
                Console.Error.WriteLine($"failure {e.GetType().Name}: {e.Message} query={JsonSerializer.Serialize(text)}");
            }

            var elapsed = Stopwatch.GetElapsedTime(current.Started);
            var used = ThreadClock.Now() - cpu;
            wall.Add(elapsed.TotalMilliseconds);
            if (used > bound)
            {
                over++;
                Console.Error.WriteLine($"slow cpu={used.TotalMilliseconds:0}ms query={JsonSerializer.Serialize(text)}");
            }

            if (used > worstCpu)
            {
                (worstCpu, worstQuery) = (used, text);
            }

            worstWall = elapsed > worstWall ? elapsed : worstWall;
        }

        wall.Sort();
        Console.Error.WriteLine($"worst-cpu query={JsonSerializer.Serialize(worstQuery.Length > 200 ? worstQuery[..200] + "…" : worstQuery)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT queries={count} failures={failures} over_bound={over} p50_ms={wall[count / 2]:0.0} p99_ms={wall[count * 99 / 100]:0.0} worst_wall_ms={worstWall.TotalMilliseconds:0} worst_cpu_ms={worstCpu.TotalMilliseconds:0}"));
        return failures == 0 && over == 0 ? 0 : 1;
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
