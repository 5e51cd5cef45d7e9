using NewsSearch.Analysis;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class StemExceptionTests
{
    private static readonly FrenchNewsAnalyzer Analyzer = new();

    [Theory]
    [InlineData("retraite")]
    [InlineData("retraites")]
    [InlineData("retraités")]
    [InlineData("Retraitées")]
    [InlineData("retraitees")]
    public void Pensions_and_pensioners_share_a_stem_apart_from_withdrawals(string word)
    {
        Assert.Equal(["retraite"], Analyzer.Tokens(word));
        Assert.Equal(["retrait"], Analyzer.Tokens("retraits"));
    }

    [Fact]
    public void A_search_about_pensions_leaves_out_withdrawals_in_either_order()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([
            Some.Article("pension", "Macron et la réforme des retraites", "Le président défend l'âge de départ à la retraite."),
            Some.Article("withdrawal", "Macron et le retrait des troupes", "Le président annonce le retrait du Mali."),
        ]);

        Assert.Equal(["pension"], engine.Search(new SearchRequest { Query = "Macron retraites", Sort = SearchSort.Date }).Hits.Select(h => h.Id));
        Assert.Equal(["withdrawal"], engine.Search(new SearchRequest { Query = "Macron retrait", Sort = SearchSort.Date }).Hits.Select(h => h.Id));
    }
}
