using System.Globalization;

namespace NewsSearch.Benchmarks;

/// <summary>The search benchmark's options; paths default to the shared corpus and queries beside the repository.</summary>
internal sealed record BenchmarkArgs
{
    public string Corpus { get; init; } = Shared("corpus", "fr-news.jsonl");

    public string Queries { get; init; } = Shared("bench", "queries.txt");

    /// <summary>An index to reuse (built there if empty, and kept); <c>null</c> for a temporary one.</summary>
    public string? Index { get; init; }

    public int Passes { get; init; } = 5;

    public int Warmup { get; init; } = 2;

    /// <summary>Ranking options to override (<c>--ranking Name=value</c>, repeatable), to time a setting against the defaults.</summary>
    public IReadOnlyList<string> Ranking { get; init; } = [];

    public static BenchmarkArgs? Parse(string[] args)
    {
        var result = new BenchmarkArgs();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            var value = args[i + 1];
            result = args[i] switch
            {
                "--corpus" => result with { Corpus = value },
                "--queries" => result with { Queries = value },
                "--index" => result with { Index = value },
                "--ranking" when value.Contains('=') => result with { Ranking = [.. result.Ranking, value] },
                "--passes" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0 => result with { Passes = n },
                "--warmup" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0 => result with { Warmup = n },
                _ => null,
            };
            if (result is null)
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>A file under <c>../shared</c> next to the repository (found upwards from the program's folder).</summary>
    private static string Shared(string folder, string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
        {
            dir = dir.Parent;
        }

        return Path.GetFullPath(Path.Combine(dir?.FullName ?? ".", "..", "shared", folder, file));
    }
}
