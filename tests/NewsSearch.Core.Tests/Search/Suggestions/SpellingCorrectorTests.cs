using NewsSearch.Search.Suggestions;

namespace NewsSearch.Core.Tests.Search.Suggestions;

public sealed class SpellingCorrectorTests
{
    [Theory]
    [InlineData("merkel", "merkel", 0)]
    [InlineData("merkell", "merkel", 1)]
    [InlineData("merkle", "merkel", 1)]
    [InlineData("tehraoui", "tahraoui", 1)]
    [InlineData("mbape", "mbappe", 1)]
    [InlineData("gretta", "greta", 1)]
    [InlineData("wauqiez", "wauquiez", 1)]
    [InlineData("abc", "", 3)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
    }

    [Fact]
    public void Rare_word_close_to_a_frequent_one_is_corrected_and_digits_and_short_words_are_not()
    {
        using var folder = new TempIndex();
        using var engine = folder.Open();
        engine.IndexArticles(Enumerable.Range(0, 3).Select(i => Some.Article($"k{i}", "Kylian Mbappé", $"Kylian Mbappé marque en 2019, le {i}.")));

        Assert.Equal("kylian mbappe", engine.Search("Kylain Mbape").Suggestion);
        Assert.Null(engine.Search("Kylian 2018").Suggestion);
        Assert.Null(engine.Search("lr").Suggestion);
    }
}
