using System.Text.Json;

namespace NewsSearch.IntegrationTests;

public sealed class IndexCliTests
{
    private const string Jsonl = """
        {"id": "a1", "title": "Sécheresse au Maroc", "body": "La pluie se fait attendre.", "source": "Orange Actu", "published": "2020-05-20T22:07:01+02:00", "url": "https://example.org/a1", "lang": "fr"}
        {"id": "a2", "title": "Élections", "body": "Le scrutin aura lieu en juin.", "source": "Orange Actu", "published": "2019-03-01"}
        {"id": "bad", "title": "tronqué
        """;

    [Fact]
    public async Task Index_twice_prints_json_summaries_and_keeps_the_same_documents()
    {
        using var folder = new TempFolder();
        folder.File("in/news.jsonl", Jsonl);

        var first = await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json");
        var second = await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        using var one = JsonDocument.Parse(first.Stdout);
        using var two = JsonDocument.Parse(second.Stdout);
        Assert.Equal(2, one.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, one.RootElement.GetProperty("documents").GetInt32());
        var skipped = one.RootElement.GetProperty("skipped")[0];
        Assert.Equal(3, skipped.GetProperty("line").GetInt32());
        Assert.StartsWith("invalid JSON", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("news.jsonl", skipped.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains("news.jsonl", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, two.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, two.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, two.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Stats_json_reports_documents_sources_dates_and_size()
    {
        using var folder = new TempFolder();
        folder.File("in/news.jsonl", Jsonl);
        await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx");

        var result = await Cli.RunAsync(folder.Path, "stats", "--index", "idx", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("sources").GetProperty("Orange Actu").GetInt32());
        Assert.Equal("2019-03-01", json.RootElement.GetProperty("from").GetString());
        Assert.Equal("2020-05-20", json.RootElement.GetProperty("to").GetString());
        Assert.True(json.RootElement.GetProperty("sizeBytes").GetInt64() > 0);
    }

    [Fact]
    public async Task Reindex_rebuilds_from_the_given_sources_only()
    {
        using var folder = new TempFolder(withSeeds: true);
        folder.File("in/news.jsonl", Jsonl);
        await Cli.RunAsync(folder.Path, "index", "--source", "in", "--source", "seeds", "--index", "idx");

        var result = await Cli.RunAsync(folder.Path, "reindex", "--source", "seeds", "--index", "idx", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Indexing_a_missing_source_reports_it_and_exits_0()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "index", "--source", "nowhere", "--index", "idx", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no such file or folder", result.Stdout, StringComparison.Ordinal);
    }
}
