using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary>The README's main job through the real program: search a fresh folder holding only seeds/.</summary>
public sealed class SearchCliTests
{
    [Fact]
    public async Task Search_on_an_empty_index_indexes_the_seeds_first_and_returns_the_seed_article_as_json()
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await Cli.RunAsync(folder.Path, "search", "IA responsable", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("indexing ./seeds first", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("000_fd615342fcc12f0f", hit.GetProperty("id").GetString());
        Assert.Equal("L'opinion", hit.GetProperty("source").GetString());
        Assert.Equal("2023-10-24", hit.GetProperty("published").GetString());
        Assert.Contains("<mark>IA</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>responsable</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("page").GetInt32());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "index-data")));
    }

    [Theory]
    [InlineData("Regragui")]
    [InlineData("Cliquez ici")]
    public async Task Ticker_and_footer_words_do_not_return_the_seed(string query)
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await Cli.RunAsync(folder.Path, "search", query, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("000_fd615342fcc12f0f", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_lists_rank_title_source_date_and_snippet()
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await Cli.RunAsync(folder.Path, "search", "l'ethique");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. Intelligence Artificielle : Mezzour", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("L'opinion · 2023-10-24", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("éthique", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_option_and_environment_variable_choose_the_index_folder()
    {
        using var folder = new TempFolder(withSeeds: true);
        var byOption = Path.Combine(folder.Path, "by-option");
        var byVariable = Path.Combine(folder.Path, "by-variable");

        var first = await Cli.RunAsync(folder.Path, "index", "--index", byOption);
        var second = await Cli.RunAsync(folder.Path, new Dictionary<string, string?> { ["NEWSSEARCH_INDEX"] = byVariable }, null, "index");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.True(File.Exists(Path.Combine(byOption, "write.lock")) || Directory.GetFiles(byOption, "segments_*").Length > 0);
        Assert.NotEmpty(Directory.GetFiles(byVariable, "segments_*"));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "index-data")));
    }

    [Theory]
    [InlineData("search", "IA", "--top", "0")]
    [InlineData("search", "IA", "--top", "101")]
    [InlineData("search", "IA", "--page", "0")]
    [InlineData("search", "IA", "--from", "24/10/2023")]
    [InlineData("search", "IA", "--sort", "popularity")]
    [InlineData("search")]
    [InlineData("frobnicate")]
    [InlineData("stats", "--unknown-option")]
    public async Task Bad_usage_exits_2_with_one_clear_message_and_no_stack_trace(params string[] args)
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await Cli.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Theory]
    [InlineData("IA AND (")]
    [InlineData("\"unclosed")]
    [InlineData("*")]
    [InlineData("@handle")]
    [InlineData("--")]
    public async Task Malformed_queries_exit_0_with_valid_json(string query)
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await Cli.RunAsync(folder.Path, "search", "--json", "--", query);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(query, json.RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Help_describes_every_command()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "index", "reindex", "search", "stats" })
        {
            Assert.Contains(command, result.Stdout, StringComparison.Ordinal);
        }
    }
}
