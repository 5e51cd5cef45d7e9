using System.Text.Json;
using NewsSearch.IntegrationTests;
using NewsSearchProgram = NewsSearch.IntegrationTests.Cli;

namespace NewsSearch.Server.Tests;

/// <summary><c>/api/coverage</c> and <c>/api/terms</c>: the command line's JSON, the filters of <c>/api/search</c>,
/// and a 400 naming each bad parameter.</summary>
public sealed class ResearchEndpointTests
{
    [Fact]
    public async Task Coverage_compares_queries_year_by_year_with_empty_years_and_answers_as_the_cli_does()
    {
        await using var server = RunningServer.Start();

        var http = await server.GetJson("/api/coverage?q=IA%20responsable&q=robots&by=year");
        var cli = await NewsSearchProgram.RunAsync(TempFolder.RepoRoot, "coverage", "IA responsable", "robots", "--by", "year", "--json", "--index", server.Engine.IndexPath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutTiming(JsonDocument.Parse(cli.Stdout).RootElement), WithoutTiming(http));
        var series = http.GetProperty("series");
        Assert.Equal(["IA responsable", "robots"], series.EnumerateArray().Select(s => s.GetProperty("query").GetString()));
        Assert.Equal(["2021", "2022", "2023"], series[1].GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal([1, 1, 0], series[1].GetProperty("points").EnumerateArray().Select(p => p.GetProperty("matches").GetInt32()));
        Assert.Equal([1, 2, 1], series[0].GetProperty("points").EnumerateArray().Select(p => p.GetProperty("total").GetInt32()));
    }

    [Fact]
    public async Task Coverage_takes_the_search_filters_and_an_outlet_breakdown()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/coverage?q=IA%20responsable&by=month&bySource=true&from=2021-03-01&to=2022-12-31&source=" + Uri.EscapeDataString(RunningServer.OtherSource));

        var series = json.GetProperty("series")[0];
        Assert.Equal(2, series.GetProperty("matches").GetInt32());
        var periods = series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("period").GetString()).ToList();
        Assert.Equal(("2021-03", "2022-12", 22), (periods[0], periods[^1], periods.Count));
        var source = Assert.Single(series.GetProperty("sources").EnumerateArray());
        Assert.Equal((RunningServer.OtherSource, 2), (source.GetProperty("source").GetString(), source.GetProperty("matches").GetInt32()));
    }

    [Fact]
    public async Task Terms_answer_as_the_cli_does_and_leave_out_the_query_words()
    {
        await using var server = RunningServer.Start();

        var http = await server.GetJson("/api/terms?q=robots&top=5");
        var cli = await NewsSearchProgram.RunAsync(TempFolder.RepoRoot, "terms", "robots", "--top", "5", "--json", "--index", server.Engine.IndexPath);

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutTiming(JsonDocument.Parse(cli.Stdout).RootElement), WithoutTiming(http));
        Assert.Equal(2, http.GetProperty("matches").GetInt32());
        var terms = http.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()).ToList();
        Assert.InRange(terms.Count, 1, 5);
        Assert.DoesNotContain("robots", terms);
    }

    [Theory]
    [InlineData("/api/coverage", "q")]
    [InlineData("/api/coverage?q=", "q")]
    [InlineData("/api/coverage?q=IA&q=%20", "q")]
    [InlineData("/api/coverage?q=1&q=2&q=3&q=4&q=5&q=6&q=7&q=8&q=9&q=10&q=11", "q")]
    [InlineData("/api/coverage?q=IA&by=decade", "by")]
    [InlineData("/api/coverage?q=IA&by=3", "by")]
    [InlineData("/api/coverage?q=IA&bySource=maybe", "bySource")]
    [InlineData("/api/coverage?q=IA&from=2023-02-30", "from")]
    [InlineData("/api/coverage?q=IA&from=2023-01-02&to=2023-01-01", "to")]
    [InlineData("/api/terms", "q")]
    [InlineData("/api/terms?q=a&q=b", "q")]
    [InlineData("/api/terms?q=IA&top=0", "top")]
    [InlineData("/api/terms?q=IA&top=101", "top")]
    [InlineData("/api/terms?q=IA&to=yesterday", "to")]
    public async Task Bad_parameters_get_400_with_a_problem_naming_the_parameter(string path, string parameter)
    {
        await using var server = RunningServer.Start(withArticles: false);

        var (status, contentType, body) = await server.GetProblem(path);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
        Assert.Contains($"'{parameter}'", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string WithoutTiming(JsonElement json) =>
        JsonSerializer.Serialize(json.EnumerateObject().Where(p => p.Name != "elapsedMs").ToDictionary(p => p.Name, p => p.Value));
}
