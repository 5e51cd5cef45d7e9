using System.Net;

namespace NewsSearch.Server.Tests;

public sealed class StatusEndpointTests
{
    [Fact]
    public async Task Stats_counts_documents_per_outlet_and_the_date_range()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/stats");

        Assert.Equal(4, json.GetProperty("documents").GetInt32());
        Assert.Equal(1, json.GetProperty("sources").GetProperty(RunningServer.SeedSource).GetInt32());
        Assert.Equal(3, json.GetProperty("sources").GetProperty(RunningServer.OtherSource).GetInt32());
        Assert.Equal("2021-03-02", json.GetProperty("from").GetString());
        Assert.Equal("2023-10-24", json.GetProperty("to").GetString());
        Assert.True(json.GetProperty("sizeBytes").GetInt64() > 0);
        Assert.False(json.TryGetProperty("path", out _));
        Assert.Equal(Indexing.IndexFormat.Current, json.GetProperty("formatVersion").GetInt32());
        Assert.True(json.GetProperty("formatCurrent").GetBoolean());
        Assert.Equal(NewsSearchEngine.Version, json.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Health_is_ok_when_the_index_is_searchable()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/health");

        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.False(json.GetProperty("empty").GetBoolean());
    }

    [Fact]
    public async Task Health_is_503_when_the_index_is_closed()
    {
        await using var server = RunningServer.Start();
        server.Engine.Dispose();

        var (status, contentType, _) = await server.GetProblem("/health");

        Assert.Equal(503, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task A_failure_inside_the_engine_gets_a_500_problem_without_a_stack_trace()
    {
        await using var server = RunningServer.Start();
        server.Engine.Dispose();

        using var response = await server.Client.GetAsync(new Uri("/api/search?q=IA", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_gets_a_404_problem()
    {
        await using var server = RunningServer.Start(withArticles: false);

        var (status, contentType, _) = await server.GetProblem("/api/nothing-here");

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task OpenApi_describes_every_endpoint()
    {
        await using var server = RunningServer.Start(withArticles: false);

        var json = await server.GetJson("/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/search", "/api/articles/{id}", "/api/articles/{id}/similar", "/api/stats", "/health" }, paths);
        var searchParameters = json.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["q", "top", "page", "source", "from", "to", "sort"], searchParameters);
    }
}
