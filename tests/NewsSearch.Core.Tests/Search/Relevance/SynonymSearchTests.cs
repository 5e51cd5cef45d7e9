namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class SynonymSearchTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    [Fact]
    public void Acronym_finds_articles_that_only_use_the_expansion()
    {
        Assert.Contains("ia-long", news.Ids("IA"));
        Assert.Contains("ia-short", news.Ids("IA"));
    }

    [Fact]
    public void Multi_word_expansion_finds_articles_that_only_use_the_acronym()
    {
        var ids = news.Ids("intelligence artificielle");

        Assert.Contains("ia-short", ids);
        Assert.Contains("ia-long", ids);
    }

    [Fact]
    public void Acronym_and_expansion_return_the_same_articles()
    {
        Assert.Equal(news.Ids("IA").Order(), news.Ids("intelligence artificielle").Order());
    }

    [Fact]
    public void Snippet_marks_the_synonym_that_matched()
    {
        var hit = news.Search("IA").Hits.Single(h => h.Id == "ia-long");

        Assert.Contains("<mark>intelligence</mark> <mark>artificielle</mark>", hit.Snippet);
    }

    [Fact]
    public void Quoted_phrase_is_not_expanded()
    {
        Assert.Equal(["ia-long"], news.Ids("\"intelligence artificielle\""));
    }
}
