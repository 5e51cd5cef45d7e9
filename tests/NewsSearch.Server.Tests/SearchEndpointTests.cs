using System.Text.Json;
using NewsSearch.IntegrationTests;
using NewsSearchProgram = NewsSearch.IntegrationTests.Cli;

namespace NewsSearch.Server.Tests;

public sealed class SearchEndpointTests
{
    [Fact]
    public async Task Search_returns_the_seed_article_first_with_marked_words()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/search?q=IA%20responsable");

        Assert.Equal("IA responsable", json.GetProperty("query").GetString());
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        var first = json.GetProperty("hits")[0];
        Assert.Equal(RunningServer.SeedId, first.GetProperty("id").GetString());
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal("2023-10-24", first.GetProperty("published").GetString());
        Assert.Contains("<mark>IA</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>responsable</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(json.TryGetProperty("facets", out _));
        Assert.True(json.TryGetProperty("suggestion", out _));
    }

    [Fact]
    public async Task Search_answers_the_same_json_object_as_the_cli_search_json()
    {
        await using var server = RunningServer.Start();
        var http = await server.GetJson("/api/search?q=intelligence%20artificielle&top=2&page=2");

        var cli = await NewsSearchProgram.RunAsync(TempFolder.RepoRoot, "search", "intelligence artificielle", "--top", "2", "--page", "2", "--json", "--index", server.Engine.IndexPath);

        Assert.Equal(0, cli.ExitCode);
        var fromCli = JsonDocument.Parse(cli.Stdout).RootElement;
        Assert.Equal(WithoutTiming(fromCli), WithoutTiming(http));
        Assert.Equal(3, http.GetProperty("hits")[0].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Search_with_a_source_keeps_only_that_outlet()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/search?q=IA%20responsable&source=" + Uri.EscapeDataString(RunningServer.OtherSource));

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.Equal(RunningServer.OtherSource, h.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Search_with_dates_keeps_only_articles_published_in_the_range()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/search?q=IA%20responsable&from=2022-01-01&to=2022-12-31");

        Assert.Equal("pq-ia-sante", Assert.Single(json.GetProperty("hits").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Search_sorted_by_date_lists_the_newest_first()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/search?q=IA%20responsable&sort=date");

        var dates = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("published").GetString()).ToList();
        Assert.Equal(["2023-10-24", "2022-06-15", "2021-03-02"], dates);
    }

    [Theory]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=a&q=b", "q")]
    [InlineData("/api/search?q=IA&top=0", "top")]
    [InlineData("/api/search?q=IA&top=101", "top")]
    [InlineData("/api/search?q=IA&top=ten", "top")]
    [InlineData("/api/search?q=IA&top=-3", "top")]
    [InlineData("/api/search?q=IA&page=0", "page")]
    [InlineData("/api/search?q=IA&page=x", "page")]
    [InlineData("/api/search?q=IA&top=100&page=101", "page")]
    [InlineData("/api/search?q=IA&from=2023-02-30", "from")]
    [InlineData("/api/search?q=IA&from=24/10/2023", "from")]
    [InlineData("/api/search?q=IA&to=yesterday", "to")]
    [InlineData("/api/search?q=IA&from=2023-01-02&to=2023-01-01", "to")]
    [InlineData("/api/search?q=IA&sort=popularity", "sort")]
    public async Task Bad_search_parameters_get_400_with_a_problem_naming_the_parameter(string path, string parameter)
    {
        await using var server = RunningServer.Start(withArticles: false);

        var (status, contentType, body) = await server.GetProblem(path);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
        Assert.Contains($"'{parameter}'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_2000_characters_gets_400_and_one_of_1000_is_searched()
    {
        await using var server = RunningServer.Start();

        var (status, _, body) = await server.GetProblem("/api/search?q=" + new string('a', 2000));
        var atLimit = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("IA responsable " + new string('a', 1000 - 15)));

        Assert.Equal(400, status);
        Assert.Contains("2000 characters", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(RunningServer.SeedId, atLimit.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Query_syntax_that_is_not_understood_is_searched_as_words_with_a_notice()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/search?q=" + Uri.EscapeDataString("IA AND ("));

        Assert.NotEmpty(json.GetProperty("notices").EnumerateArray());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
    }

    private static string WithoutTiming(JsonElement json) =>
        JsonSerializer.Serialize(json.EnumerateObject().Where(p => p.Name != "elapsedMs").ToDictionary(p => p.Name, p => p.Value));
}
