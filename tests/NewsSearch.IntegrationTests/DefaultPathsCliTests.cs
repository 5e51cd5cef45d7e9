namespace NewsSearch.IntegrationTests;

/// <summary>The program run from a folder that is not its data's (as an installed tool is): the default index and
/// sources are relative to the current folder, and a command with nothing to read says so instead of creating an index.</summary>
public sealed class DefaultPathsCliTests
{
    [Theory]
    [InlineData("search", "IA")]
    [InlineData("similar", "some-id")]
    [InlineData("console", null)]
    [InlineData("stats", null)]
    public async Task A_folder_without_index_or_seeds_gets_one_sentence_and_exit_1_and_nothing_is_created(string command, string? argument)
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, null, "", argument is null ? [command] : [command, argument]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: There is no index at {Path.Combine(folder.Path, "index-data")}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("newssearch index --source PATH", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Empty(result.Stdout);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task The_index_named_by_the_variable_answers_from_any_folder()
    {
        using var data = new TempFolder(withSeeds: true);
        using var elsewhere = new TempFolder();
        Assert.Equal(0, (await Cli.RunAsync(data.Path, "index")).ExitCode);
        var variable = new Dictionary<string, string?> { ["NEWSSEARCH_INDEX"] = Path.Combine(data.Path, "index-data") };

        var result = await Cli.RunAsync(elsewhere.Path, variable, null, "search", "IA responsable");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Mezzour", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
    }

    [Fact]
    public async Task An_empty_index_without_seeds_beside_it_is_searched_as_it_is()
    {
        using var folder = new TempFolder();
        folder.File("empty.jsonl", "");
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, "index", "--source", "empty.jsonl")).ExitCode);

        var result = await Cli.RunAsync(folder.Path, "search", "IA");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 results", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("seeds", result.Stderr, StringComparison.Ordinal);
    }
}
