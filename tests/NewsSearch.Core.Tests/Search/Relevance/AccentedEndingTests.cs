using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Relevance;

/// <summary>Words whose accented ending the stemmer reads (-ère, -ième, -ète) are found when typed without accents.</summary>
public sealed class AccentedEndingTests : IDisposable
{
    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public AccentedEndingTests()
    {
        _engine = _temp.OpenDeterministic();
        _engine.IndexArticles([
            Some.Article("ministere", "Santé", "Le ministère de la Santé publie ses chiffres."),
            Some.Article("frontieres", "Contrôles", "Les contrôles aux frontières sont renforcés."),
            Some.Article("deuxieme", "Vague", "La deuxième vague arrive en octobre."),
            Some.Article("planete", "Climat", "Sauver la planète demande des efforts."),
            Some.Article("other", "Sans rapport", "La récolte de pommes est bonne cette année."),
        ]);
    }

    [Theory]
    [InlineData("ministere de la sante", "ministere")]
    [InlineData("ministère", "ministere")]
    [InlineData("frontieres", "frontieres")]
    [InlineData("Frontière", "frontieres")]
    [InlineData("deuxieme vague", "deuxieme")]
    [InlineData("planete", "planete")]
    public void A_word_typed_with_or_without_its_accents_finds_the_article(string query, string expected)
    {
        var results = _engine.Search(new SearchRequest { Query = query });

        Assert.Equal([expected], results.Hits.Select(h => h.Id));
        Assert.Equal(1, results.Total);
        Assert.Empty(results.Notices);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}
