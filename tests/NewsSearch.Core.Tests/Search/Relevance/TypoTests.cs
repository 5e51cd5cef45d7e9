namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class TypoTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    [Fact]
    public void Misspelt_name_finds_the_indexed_spelling_and_suggests_it()
    {
        var results = news.Search("Angela Merkell");

        Assert.Equal("angela merkel", results.Suggestion);
        Assert.Equal(11, results.Hits.Count(h => h.Id.StartsWith("merkel", StringComparison.Ordinal)));
    }

    [Fact]
    public void Exact_match_of_the_typed_word_ranks_above_corrected_matches()
    {
        var results = news.Search("Merkell");

        Assert.Equal("merkell-typo", results.Hits[0].Id);
        Assert.Equal(11, results.Hits.Count);
    }

    [Fact]
    public void Correctly_spelt_query_gets_no_suggestion()
    {
        Assert.Null(news.Search("Angela Merkel").Suggestion);
    }

    [Fact]
    public void Word_with_no_close_indexed_word_is_left_alone()
    {
        var results = news.Search("zygomatique");

        Assert.Null(results.Suggestion);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Excluded_word_is_not_corrected_into_an_exclusion_of_the_real_word()
    {
        // "merkle" alone would be corrected to "merkel"; excluding it must not exclude Merkel.
        Assert.Equal("angela merkel", news.Search("Angela Merkle").Suggestion);
        Assert.Contains("merkel-1", news.Ids("Angela -Merkle"));
    }
}
