using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary>A folder with an index of articles the tests write (known words, dates and outlets), built once through
/// the real program for the coverage and terms tests.</summary>
public sealed class ResearchFolder : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();

    /// <summary>Articles of Jan-Mar 2020 (and one undated), two outlets; "grippe" and "vaccins" in some, both in others.</summary>
    public static IReadOnlyList<(string Id, string Source, string? Date, string Body)> Articles { get; } =
    [
        ("a1", "Le Matin", "2020-01-06", "La grippe arrive, les vaccins aussi."),
        ("a2", "Le Matin", "2020-01-20", "La grippe progresse dans les écoles."),
        ("a3", "L'Opinion", "2020-01-21", "Le marché du pétrole recule."),
        ("a4", "L'Opinion", "2020-03-02", "Les vaccins contre la grippe manquent en pharmacie."),
        ("a5", "Le Matin", "2020-03-03", "Les vaccins contre la grippe sont livrés aux pharmacies."),
        ("a6", "Le Matin", "2020-03-30", "Les pharmacies attendent des vaccins."),
        ("a7", "L'Opinion", null, "Grippe et vaccins : un article sans date."),
    ];

    public async Task InitializeAsync()
    {
        var lines = Articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, title = $"Dépêche {a.Id}", body = a.Body, source = a.Source, published = a.Date }));
        Folder.File("articles.jsonl", string.Join('\n', lines) + "\n");
        var run = await Cli.RunAsync(Folder.Path, "index", "--source", "articles.jsonl", "--index", "idx");
        Assert.Equal(0, run.ExitCode);
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary><c>coverage</c> and <c>terms</c> through the real program: JSON and CSV shapes, text, usage errors.</summary>
public sealed class ResearchCliTests(ResearchFolder research) : IClassFixture<ResearchFolder>
{
    private Task<Cli.Result> Run(params string[] args) => Cli.RunAsync(research.Folder.Path, [.. args, "--index", "idx"]);

    [Fact]
    public async Task Coverage_json_has_one_series_per_query_and_every_month_between_first_and_last()
    {
        var run = await Run("coverage", "grippe vaccins", "pharmacies", "--by", "month", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("month", json.RootElement.GetProperty("by").GetString());
        var series = json.RootElement.GetProperty("series");
        Assert.Equal(["grippe vaccins", "pharmacies"], series.EnumerateArray().Select(s => s.GetProperty("query").GetString()));
        var points = series[0].GetProperty("points").EnumerateArray()
            .Select(p => (p.GetProperty("period").GetString(), p.GetProperty("matches").GetInt32(), p.GetProperty("total").GetInt32(), p.GetProperty("share").GetDouble()))
            .ToList();
        Assert.Equal([("2020-01", 1, 3, 1.0 / 3), ("2020-02", 0, 0, 0.0), ("2020-03", 2, 3, 2.0 / 3)], points);
        Assert.Equal((4, 1), (series[0].GetProperty("matches").GetInt32(), series[0].GetProperty("undated").GetInt32()));
        Assert.False(series[0].TryGetProperty("sources", out _));
    }

    [Fact]
    public async Task Coverage_csv_has_the_contract_header_and_one_row_per_query_and_period()
    {
        var run = await Run("coverage", "grippe vaccins", "vaccins, pharmacies", "--by", "year", "--csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["query,period,matches,total,share", "grippe vaccins,2020,3,6,0.5", "\"vaccins, pharmacies\",2020,3,6,0.5"], lines);
    }

    [Fact]
    public async Task Coverage_by_source_breaks_the_series_down_in_json_and_csv()
    {
        var json = await Run("coverage", "vaccins", "--by-source", "--json", "--by", "year");
        var csv = await Run("coverage", "vaccins", "--by-source", "--csv", "--by", "year", "--source", "le matin");

        Assert.Equal((0, 0), (json.ExitCode, csv.ExitCode));
        var sources = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("series")[0].GetProperty("sources").EnumerateArray()
            .Select(s => (s.GetProperty("source").GetString(), s.GetProperty("matches").GetInt32(), s.GetProperty("points")[0].GetProperty("total").GetInt32()))
            .ToList();
        Assert.Equal([("Le Matin", 3, 4), ("L'Opinion", 2, 2)], sources);
        Assert.Equal(["query,source,period,matches,total,share", "vaccins,,2020,3,4,0.75", "vaccins,Le Matin,2020,3,4,0.75"],
            csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Coverage_text_shows_a_bar_per_period_and_weeks_by_their_iso_name()
    {
        var run = await Run("coverage", "vaccins", "--by", "week", "--from", "2020-03-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"vaccins\": 3 matching articles, by week, 2020-W09 to 2020-W14", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2020-W10         2         2   100.00%  ██████████████████████████████\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2020-W12         0         0     0.00%\n", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage", "grippe", "--by", "decade")]
    [InlineData("coverage", "grippe", "--json", "--csv")]
    [InlineData("coverage", "grippe", "--from", "2020-13-01")]
    [InlineData("coverage", "grippe", "--from", "2020-03-01", "--to", "2020-01-01")]
    [InlineData("coverage")]
    [InlineData("terms", "grippe", "--top", "0")]
    [InlineData("terms")]
    public async Task Bad_usage_exits_with_2_and_one_sentence(params string[] args)
    {
        var run = await Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terms_json_lists_words_as_written_with_their_counts_and_text_shows_them()
    {
        var json = await Run("terms", "grippe", "--json");
        var text = await Run("terms", "grippe", "--top", "3");

        Assert.Equal((0, 0), (json.ExitCode, text.ExitCode));
        var root = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.Equal(("grippe", 5), (root.GetProperty("query").GetString(), root.GetProperty("matches").GetInt32()));
        var vaccins = root.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("term").GetString() == "vaccins");
        Assert.Equal((4, 5, "word"), (vaccins.GetProperty("matches").GetInt32(), vaccins.GetProperty("background").GetInt32(), vaccins.GetProperty("kind").GetString()));
        Assert.True(vaccins.GetProperty("score").GetDouble() > 0);
        Assert.DoesNotContain(root.GetProperty("terms").EnumerateArray(), t => t.GetProperty("term").GetString()!.Contains("grippe", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("\"grippe\": 5 matching articles of 7", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("vaccins", text.Stdout, StringComparison.Ordinal);
    }
}
