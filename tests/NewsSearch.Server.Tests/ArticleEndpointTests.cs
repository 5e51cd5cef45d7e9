namespace NewsSearch.Server.Tests;

public sealed class ArticleEndpointTests
{
    [Fact]
    public async Task Article_returns_the_full_article()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/articles/pq-ia-ecoles");

        Assert.Equal("pq-ia-ecoles", json.GetProperty("id").GetString());
        Assert.Equal("Des robots dans les écoles", json.GetProperty("title").GetString());
        Assert.Equal(RunningServer.OtherArticles[0].Body, json.GetProperty("body").GetString());
        Assert.Equal(RunningServer.OtherSource, json.GetProperty("source").GetString());
        Assert.Equal("2021-03-02", json.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Article_with_an_escaped_id_is_found()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/articles/" + Uri.EscapeDataString(RunningServer.SeedId));

        Assert.StartsWith("Intelligence Artificielle", json.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/no-such-article/similar")]
    public async Task Unknown_article_gets_404_with_a_problem(string path)
    {
        await using var server = RunningServer.Start();

        var (status, contentType, body) = await server.GetProblem(path);

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Contains("no-such-article", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_lists_articles_on_the_same_subject_but_not_the_article_itself()
    {
        await using var server = RunningServer.Start();

        var json = await server.GetJson("/api/articles/pq-ia-ecoles/similar?top=2");

        var ids = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal("pq-ia-ecoles", json.GetProperty("id").GetString());
        Assert.Equal(2, ids.Count);
        Assert.DoesNotContain("pq-ia-ecoles", ids);
        Assert.DoesNotContain("pq-meteo", ids);
        Assert.Equal([1, 2], json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("rank").GetInt32()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("many")]
    public async Task Similar_with_a_bad_count_gets_400(string top)
    {
        await using var server = RunningServer.Start();

        var (status, _, body) = await server.GetProblem($"/api/articles/pq-ia-ecoles/similar?top={top}");

        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("top", out _));
    }
}
