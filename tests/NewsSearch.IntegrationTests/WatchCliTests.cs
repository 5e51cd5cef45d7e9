using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary><c>newssearch watch</c> driven as a process: the cycle a cron job goes through.</summary>
public sealed class WatchCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public WatchCliTests()
    {
        _folder.File("in/first.jsonl", Lines(Ia("ia-1"), Ia("ia-2"), Other("autre-1")));
        Assert.Equal(0, Run("index", "--source", "in/first.jsonl", "--index", "idx").ExitCode);
    }

    [Fact]
    public void The_first_run_sets_the_baseline_then_a_run_lists_exactly_the_new_matches_once()
    {
        var add = Run("watch", "add", "ia", "IA", "--index", "idx");
        var first = Run("watch", "run", "--index", "idx");
        _folder.File("in/second.jsonl", Lines(Ia("ia-3"), Ia("ia-4"), Ia("ia-5"), Other("autre-2")));
        Assert.Equal(0, Run("index", "--source", "in/second.jsonl", "--index", "idx").ExitCode);
        var second = Run("watch", "run", "--json", "--index", "idx");
        var third = Run("watch", "run", "ia", "--json", "--index", "idx");

        Assert.Equal((0, 0, 0, 0), (add.ExitCode, first.ExitCode, second.ExitCode, third.ExitCode));
        Assert.Contains("ia (\"IA\"): nothing new", first.Stdout, StringComparison.Ordinal);
        var watch = Assert.Single(JsonDocument.Parse(second.Stdout).RootElement.GetProperty("watches").EnumerateArray());
        Assert.Equal(("ia", "IA"), (watch.GetProperty("name").GetString(), watch.GetProperty("query").GetString()));
        var hits = watch.GetProperty("new").EnumerateArray().ToList();
        Assert.Equal(["ia-3", "ia-4", "ia-5"], hits.Select(h => h.GetProperty("id").GetString()).Order());
        Assert.All(hits, h => Assert.Contains("<mark>", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
        Assert.Equal([1, 2, 3], hits.Select(h => h.GetProperty("rank").GetInt32()));
        Assert.Empty(Assert.Single(JsonDocument.Parse(third.Stdout).RootElement.GetProperty("watches").EnumerateArray()).GetProperty("new").EnumerateArray());
    }

    [Fact]
    public async Task Two_runs_started_together_never_report_an_article_twice()
    {
        Assert.Equal(0, Run("watch", "add", "ia", "IA", "--index", "idx").ExitCode);
        _folder.File("in/second.jsonl", Lines(Ia("ia-3"), Ia("ia-4"), Ia("ia-5")));
        Assert.Equal(0, Run("index", "--source", "in/second.jsonl", "--index", "idx").ExitCode);

        var runs = await Task.WhenAll(
            Cli.RunAsync(_folder.Path, "watch", "run", "--json", "--index", "idx"),
            Cli.RunAsync(_folder.Path, "watch", "run", "--json", "--index", "idx"));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        var reported = runs.SelectMany(r => JsonDocument.Parse(r.Stdout).RootElement.GetProperty("watches").EnumerateArray())
            .SelectMany(w => w.GetProperty("new").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(["ia-3", "ia-4", "ia-5"], reported.Order());
    }

    [Fact]
    public void Watches_are_listed_removed_and_their_names_checked()
    {
        Assert.Equal(0, Run("watch", "add", "ia-maroc", "IA", "--source", "Le Matin", "--from", "2020-01-01", "--index", "idx").ExitCode);

        var list = Run("watch", "list", "--json", "--index", "idx");
        var badName = Run("watch", "add", "mon veille", "IA", "--index", "idx");
        var taken = Run("watch", "add", "ia-maroc", "autre", "--index", "idx");
        var unknown = Run("watch", "run", "inconnue", "--index", "idx");
        var removed = Run("watch", "remove", "ia-maroc", "--index", "idx");
        var empty = Run("watch", "run", "--json", "--index", "idx");

        var watch = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.GetProperty("watches").EnumerateArray());
        Assert.Equal("ia-maroc", watch.GetProperty("name").GetString());
        Assert.Equal(["Le Matin"], watch.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2020-01-01", watch.GetProperty("from").GetString());
        Assert.Equal("/api/watches/ia-maroc/feed.atom", watch.GetProperty("feed").GetString());
        Assert.Equal((2, 2, 2), (badName.ExitCode, taken.ExitCode, unknown.ExitCode));
        Assert.StartsWith("error: A watch name is", badName.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal((0, "{\n  \"watches\": []\n}"), (empty.ExitCode, empty.Stdout.Trim()));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "idx", "watches.json")));
    }

    public void Dispose() => _folder.Dispose();

    private Cli.Result Run(params string[] args) => Cli.RunAsync(_folder.Path, args).GetAwaiter().GetResult();

    private static string Lines(params object[] articles) => string.Concat(articles.Select(a => JsonSerializer.Serialize(a) + "\n"));

    private static object Ia(string id) => new { id, title = $"L'IA s'invite dans {id}", body = $"L'intelligence artificielle (IA) change {id}.", source = "Le Matin", published = "2023-10-24" };

    private static object Other(string id) => new { id, title = $"Le marché de {id}", body = $"Les prix du marché {id} montent.", source = "Le Matin", published = "2023-10-24" };
}
