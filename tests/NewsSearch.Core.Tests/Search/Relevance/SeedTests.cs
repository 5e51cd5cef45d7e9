namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class SeedTests
{
    [Theory]
    [InlineData("IA responsable")]
    [InlineData("IA")]
    [InlineData("intelligence artificielle")]
    [InlineData("intelligence artificiele responsable")]
    public void Seed_article_comes_first(string query)
    {
        using var folder = new TempIndex();
        using var engine = folder.Open();
        engine.IndexFiles([Some.SeedPath]);

        var results = engine.Search(query);

        Assert.Equal(Some.SeedId, results.Hits[0].Id);
        Assert.Contains("<mark>", results.Hits[0].Snippet, StringComparison.Ordinal);
    }
}
