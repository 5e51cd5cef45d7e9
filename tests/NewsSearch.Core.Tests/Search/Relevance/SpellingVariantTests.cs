namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class SpellingVariantTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    [Theory]
    [InlineData("Jean-Luc Mélenchon", "jean luc melenchon", "melenchon")]
    [InlineData("États-Unis", "etats unis", "usa")]
    [InlineData("Côte d’Ivoire", "cote d'ivoire", "ivoire")]
    [InlineData("aujourd’hui", "aujourd'hui", "ivoire-plain")]
    [InlineData("JEAN-LUC MELENCHON", "Jean Luc Mélenchon", "melenchon-plain")]
    public void Hyphens_apostrophes_case_and_accents_do_not_decide_a_match(string written, string typed, string expected)
    {
        var first = news.Ids(written);

        Assert.Contains(expected, first);
        Assert.Equal(first, news.Ids(typed));
    }
}
