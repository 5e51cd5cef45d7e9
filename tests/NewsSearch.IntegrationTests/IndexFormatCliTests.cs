using System.Text.Json;
using NewsSearch.Core.Tests;
using NewsSearch.Indexing;

namespace NewsSearch.IntegrationTests;

/// <summary>An index built by another version of NewsSearch, as the real program meets it.</summary>
public sealed class IndexFormatCliTests : IDisposable
{
    private const string Warning = "was built by another version of NewsSearch";

    private readonly TempFolder _folder = new();

    public IndexFormatCliTests()
    {
        _folder.File("in/news.jsonl", string.Join('\n',
            """{"id": "port", "title": "Le marché du port de Tanger", "body": "Le marché du port reprend après la grève.", "published": "2023-10-24"}""",
            """{"id": "ble", "title": "Le marché du blé", "body": "Les prix du blé montent sur le marché mondial.", "published": "2023-10-25"}"""));
        _folder.File("queries.tsv", "q1\tmarché du port\n");
        _folder.File("qrels.tsv", "q1 0 port 1\n");
    }

    private string IndexPath => Path.Combine(_folder.Path, "idx");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Commands_over_an_index_built_by_this_version_do_not_warn()
    {
        await IndexAsync();

        var search = await Cli.RunAsync(_folder.Path, "search", "marché", "--index", "idx", "--json");
        var stats = IngestionSupport.Json(await Cli.RunAsync(_folder.Path, "stats", "--index", "idx", "--json"));

        Assert.Equal(0, search.ExitCode);
        Assert.DoesNotContain(Warning, search.Stderr, StringComparison.Ordinal);
        Assert.Equal(IndexFormat.Current, stats.GetProperty("formatVersion").GetInt32());
        Assert.True(stats.GetProperty("formatCurrent").GetBoolean());
    }

    [Fact]
    public async Task Search_over_an_index_of_another_format_answers_and_warns_once_on_stderr()
    {
        await IndexAsync();
        OlderIndex.Rewrite(IndexPath, "0");

        var search = await Cli.RunAsync(_folder.Path, "search", "marché", "--index", "idx", "--json");

        Assert.Equal(0, search.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(search.Stdout).RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, Count(search.Stderr, Warning));
        Assert.Contains("index format 0, this version writes", search.Stderr, StringComparison.Ordinal);
        Assert.Contains("run 'newssearch reindex' to refresh it", search.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_json_reports_a_missing_format_as_null_and_warns_on_stderr_only()
    {
        await IndexAsync();
        OlderIndex.Rewrite(IndexPath, format: null);

        var result = await Cli.RunAsync(_folder.Path, "stats", "--index", "idx", "--json");
        var stats = IngestionSupport.Json(result);

        Assert.Equal(JsonValueKind.Null, stats.GetProperty("formatVersion").ValueKind);
        Assert.False(stats.GetProperty("formatCurrent").GetBoolean());
        Assert.Equal(2, stats.GetProperty("documents").GetInt32());
        Assert.Equal(1, Count(result.Stderr, Warning));
        Assert.Contains("index format not recorded", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats", "", "Documents: 2")]
    [InlineData("run --queries queries.tsv", "", "q1 Q0 port 1 ")]
    [InlineData("eval --queries queries.tsv --qrels qrels.tsv", "", "ndcg@10=1.0000")]
    [InlineData("console", "marché du port\n:quit\n", "Le marché du port de Tanger")]
    [InlineData("similar port", "", "Le marché du blé")]
    public async Task Other_commands_over_an_index_of_another_format_still_answer_and_warn_once(string command, string stdin, string answer)
    {
        await IndexAsync();
        OlderIndex.Rewrite(IndexPath, "0");

        var result = await Cli.RunAsync(_folder.Path, null, stdin, [.. command.Split(' '), "--index", "idx"]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(answer, result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, Count(result.Stderr, Warning));
    }

    [Fact]
    public async Task Index_over_an_index_of_another_format_rebuilds_it_says_why_once_and_leaves_nothing_to_warn_about()
    {
        await IndexAsync();
        OlderIndex.Rewrite(IndexPath, "0");

        var result = await Cli.RunAsync(_folder.Path, "index", "--source", "in", "--index", "idx", "--json");
        var summary = IngestionSupport.Json(result);

        Assert.True(summary.GetProperty("rebuiltFromOtherFormat").GetBoolean());
        Assert.Equal((2, 0, 2), (summary.GetProperty("added").GetInt32(), summary.GetProperty("unchanged").GetInt32(), summary.GetProperty("documents").GetInt32()));
        var why = Assert.Single(result.Stderr.Split('\n'), l => l.Contains("rebuilding it completely", StringComparison.Ordinal));
        Assert.Contains("index format 0", why, StringComparison.Ordinal);
        Assert.Equal(IndexFormat.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), OlderIndex.FormatOf(IndexPath));
        Assert.Equal(2, IngestionSupport.CheckAndCount(IndexPath));

        var search = await Cli.RunAsync(_folder.Path, "search", "marché", "--index", "idx");
        var again = IngestionSupport.Json(await Cli.RunAsync(_folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal(0, search.ExitCode);
        Assert.DoesNotContain(Warning, search.Stderr, StringComparison.Ordinal);
        Assert.False(again.GetProperty("rebuiltFromOtherFormat").GetBoolean());
        Assert.Equal(2, again.GetProperty("unchanged").GetInt32());
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    private async Task IndexAsync() =>
        IngestionSupport.Json(await Cli.RunAsync(_folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
}
