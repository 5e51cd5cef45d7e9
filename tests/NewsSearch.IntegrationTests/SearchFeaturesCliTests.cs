using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary>The search result features through the real program: facets, collapsing, explain, recency, similar.</summary>
public sealed class SearchFeaturesCliTests
{
    private const string Story =
        "La sécheresse frappe durement les agriculteurs de la région de Souss-Massa cette année. Les barrages ne sont " +
        "remplis qu'à vingt pour cent de leur capacité, selon le ministère de l'Agriculture, qui annonce un plan d'urgence " +
        "pour l'irrigation des cultures maraîchères. Les producteurs d'agrumes craignent une baisse des exportations.";

    [Fact]
    public async Task Search_json_has_the_contract_fields_facets_and_collapsed_copies()
    {
        using var folder = await IndexedFolder();

        var run = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(3, root.GetProperty("articles").GetInt32());
        Assert.True(root.GetProperty("collapsed").GetBoolean());
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "rank", "id", "score", "title", "source", "published", "url", "snippet" })
        {
            Assert.True(hit.TryGetProperty(field, out _), field);
        }

        Assert.Contains(root.GetProperty("hits").EnumerateArray(), h => h.GetProperty("copies").GetInt32() == 1);
        var sources = root.GetProperty("facets").GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("value").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Le Matin"] = 1, ["L'Opinion"] = 2 }, sources);
        Assert.Equal("2023", root.GetProperty("facets").GetProperty("years")[0].GetProperty("value").GetString());
        Assert.Equal(3, root.GetProperty("facets").GetProperty("months").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task No_collapse_shows_every_copy_and_text_output_shows_facets_and_explanations()
    {
        using var folder = await IndexedFolder();

        var collapsed = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx");
        var every = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx", "--no-collapse", "--explain");

        Assert.Equal(0, collapsed.ExitCode);
        Assert.Contains("+1 copy", collapsed.Stdout, StringComparison.Ordinal);
        Assert.Contains("sources  L'Opinion (2), Le Matin (1)", collapsed.Stdout, StringComparison.Ordinal);
        Assert.Contains("months   2023-03 (2), 2023-02 (1)", collapsed.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, every.ExitCode);
        Assert.StartsWith("3 results", every.Stdout, StringComparison.Ordinal);
        Assert.Contains("query: ", every.Stdout, StringComparison.Ordinal);
        Assert.Contains("body:secher", every.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_prints_related_articles_and_refuses_an_unknown_id()
    {
        using var folder = await IndexedFolder();

        var found = await Cli.RunAsync(folder.Path, "similar", "a1", "--index", "idx", "--json");
        var unknown = await Cli.RunAsync(folder.Path, "similar", "nope", "--index", "idx");
        var badTop = await Cli.RunAsync(folder.Path, "similar", "a1", "--index", "idx", "--top", "0");

        Assert.Equal(0, found.ExitCode);
        using var json = JsonDocument.Parse(found.Stdout);
        Assert.Equal(["a3"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: No article has the id 'nope'.", unknown.Stderr.Trim());
        Assert.Equal(2, badTop.ExitCode);
        Assert.Contains("--top", badTop.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2023-13-01")]
    [InlineData("--to", "hier")]
    public async Task A_date_that_is_not_iso_is_bad_usage(string option, string value)
    {
        using var folder = await IndexedFolder();

        var run = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option + " must be an ISO date", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [InlineData("--page", "0", "--page must be 1 or more.")]
    [InlineData("--top", "101", "--top must be between 1 and 100.")]
    [InlineData("--top", "0", "--top must be between 1 and 100.")]
    [InlineData("--sort", "oldest", "oldest")]
    public async Task Out_of_range_paging_and_unknown_orders_are_bad_usage(string option, string value, string message)
    {
        using var folder = await IndexedFolder();

        var run = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Several_sources_and_a_date_range_narrow_the_results_and_their_facets()
    {
        using var folder = await IndexedFolder();

        var run = await Cli.RunAsync(folder.Path, "search", "sécheresse OR football", "--index", "idx", "--json", "--no-collapse",
            "--source", "le matin", "--source", "L’OPINION", "--from", "2023-02-20", "--to", "2023-03-01", "--sort", "date");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["a1", "a3"], json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("facets").GetProperty("sources").EnumerateArray().Sum(s => s.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task A_start_date_after_the_end_date_is_bad_usage()
    {
        using var folder = await IndexedFolder();

        var run = await Cli.RunAsync(folder.Path, "search", "sécheresse", "--index", "idx", "--from", "2023-03-02", "--to", "2023-03-01");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: The start date is after the end date.", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task<TempFolder> IndexedFolder()
    {
        var folder = new TempFolder();
        var lines = new[]
        {
            Line("a1", "Plan d'urgence contre la sécheresse", Story, "L'Opinion", "2023-03-01"),
            Line("a2", "Le Souss face à la sécheresse", "(MAP) " + Story.Replace("durement", "fortement", StringComparison.Ordinal), "l’opinion", "2023-03-02"),
            Line("a3", "Barrages au plus bas", "Les barrages de Souss-Massa sont à vingt pour cent. La sécheresse dure, et les agriculteurs réclament de l'eau pour les agrumes.", "Le Matin", "2023-02-20"),
            Line("a4", "Football", "Le Raja et le Wydad se neutralisent dans un stade plein, devant des supporters en fête.", "Le Matin", "2022-05-01"),
        };
        folder.File("news.jsonl", string.Join("\n", lines));
        var index = await Cli.RunAsync(folder.Path, "index", "--source", "news.jsonl", "--index", "idx");
        Assert.Equal(0, index.ExitCode);
        return folder;
    }

    private static string Line(string id, string title, string body, string source, string published) =>
        JsonSerializer.Serialize(new { id, title, body, source, published, lang = "fr" });
}
