namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class QuestionTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    [Fact]
    public void Question_words_do_not_decide_the_ranking()
    {
        var ids = news.Ids("Combien de médailles la France a-t-elle gagnées ?");

        Assert.Equal("medals", ids[0]);
        Assert.DoesNotContain("combien", ids);
    }

    [Fact]
    public void Query_made_only_of_question_words_still_searches_them()
    {
        Assert.Equal(["combien"], news.Ids("combien ?"));
    }
}
