using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The seed article among a few others: the queries of the product's promise find it first.</summary>
public sealed class SeedSearchTests : IDisposable
{
    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public SeedSearchTests()
    {
        _engine = _temp.Open();
        _engine.IndexFiles([Some.SeedPath]);
        _engine.IndexArticles([
            Some.Article("other-1", "Agriculture : la saison des pluies", "Les agriculteurs attendent la pluie pour leurs récoltes de blé et d'orge dans la région de Meknès, où les élus régionaux du Maroc ont promis des aides."),
            Some.Article("other-2", "Football : Regragui convoque", "Le sélectionneur Walid Regragui fait appel à Anass Bach."),
            Some.Article("other-3", "Économie", "L'intelligence des marchés et la croissance."),
        ]);
    }

    [Theory]
    [InlineData("IA responsable")]
    [InlineData("ia RESPONSABLE")]
    [InlineData("intelligence artificielle éthique")]
    [InlineData("l'ethique")]
    [InlineData("l’éthique")]
    [InlineData("responsables")]
    [InlineData("\"intelligence artificielle\"")]
    public void Seed_article_ranks_first(string query)
    {
        Assert.Equal(Some.SeedId, _engine.Search(query).Hits[0].Id);
    }

    [Theory]
    [InlineData("Regragui")]
    [InlineData("Cliquez ici")]
    [InlineData("Merci d'avoir signalé")]
    public void Ticker_boilerplate_and_footer_do_not_find_the_seed(string query)
    {
        Assert.DoesNotContain(_engine.Search(query).Hits, h => h.Id == Some.SeedId);
    }

    [Fact]
    public void Hit_carries_the_article_fields()
    {
        var hit = _engine.Search("IA responsable").Hits[0];
        Assert.Equal(1, hit.Rank);
        Assert.Equal("L'opinion", hit.Source);
        Assert.Equal(new DateOnly(2023, 10, 24), hit.Published);
        Assert.StartsWith("Intelligence Artificielle : Mezzour", hit.Title, StringComparison.Ordinal);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Exclusion_removes_matching_articles()
    {
        Assert.Contains(_engine.Search("Maroc").Hits, h => h.Id == "other-1");
        Assert.DoesNotContain(_engine.Search("Maroc -agriculteurs").Hits, h => h.Id == "other-1");
        Assert.Contains(_engine.Search("Maroc -agriculteurs").Hits, h => h.Id == Some.SeedId);
    }

    [Fact]
    public void Source_and_date_filters_narrow_the_results()
    {
        Assert.Single(_engine.Search(new SearchRequest { Query = "responsables", Sources = ["l'OPINION"] }).Hits);
        Assert.Empty(_engine.Search(new SearchRequest { Query = "IA", From = new DateOnly(2024, 1, 1) }).Hits);
        Assert.Single(_engine.Search(new SearchRequest { Query = "IA", From = new DateOnly(2023, 10, 24), To = new DateOnly(2023, 10, 24) }).Hits);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}
