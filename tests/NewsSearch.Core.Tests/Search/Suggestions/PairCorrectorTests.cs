using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>A word of the archive typed for another one: "Macon" is a town of many articles, but "Emmanuel Macon" a
/// pair none writes, where "Emmanuel Macron" fills many.</summary>
public sealed class PairCorrectorTests : IDisposable
{
    private readonly TempIndex _folder = new();
    private readonly NewsSearchEngine _engine;

    public PairCorrectorTests()
    {
        _engine = _folder.Open();
        _engine.IndexArticles([
            .. Enumerable.Range(0, 30).Select(i => Some.Article($"president-{i}", $"Emmanuel Macron en visite {i}", $"Emmanuel Macron s'est rendu dans la région {i}.")),
            .. Enumerable.Range(0, 25).Select(i => Some.Article($"town-{i}", $"Le marché de Mâcon {i}", $"La ville de Mâcon accueille le marché numéro {i}.")),
            Some.Article("passing", "Meeting à Macon", "Emmanuel, militant, a vu Macon, puis Macon encore : Macon la nuit, Macon le jour."),
        ]);
    }

    [Fact]
    public void A_rare_pair_close_to_a_frequent_one_is_corrected_though_each_word_is_known()
    {
        var results = _engine.Search("Emmanuel Macon");

        Assert.Equal("emmanuel macron", results.Suggestion);
        Assert.StartsWith("president-", results.Hits[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corrected_pair_ranks_before_an_article_holding_both_typed_words_apart()
    {
        var results = _engine.Search("Emmanuel Macon");

        Assert.All(results.Hits.Take(10), hit => Assert.StartsWith("president-", hit.Id, StringComparison.Ordinal));
        Assert.Equal(31, results.Total);
    }

    [Theory]
    [InlineData("ville de Mâcon")]
    [InlineData("marché Macon")]
    [InlineData("Emmanuel Macron")]
    public void A_pair_the_articles_write_is_left_alone(string query)
    {
        Assert.Null(_engine.Search(query).Suggestion);
    }

    [Theory]
    [InlineData(2, "emmanuel macron")]
    [InlineData(3, null)]
    public void A_pair_is_counted_as_far_as_deciding_whether_it_is_meant(int written, string? expected)
    {
        using var folder = new TempIndex();
        using var engine = folder.Open();
        engine.IndexArticles([
            .. Enumerable.Range(0, 30).Select(i => Some.Article($"president-{i}", $"Emmanuel Macron en visite {i}", $"Emmanuel Macron s'est rendu dans la région {i}.")),
            .. Enumerable.Range(0, 25).Select(i => Some.Article($"town-{i}", $"Le marché de Mâcon {i}", $"La ville de Mâcon accueille le marché numéro {i}.")),
            .. Enumerable.Range(0, written).Select(i => Some.Article($"typo-{i}", $"Brève {i}", $"Emmanuel Macon, disait la dépêche {i}.")),
        ]);

        Assert.Equal(expected, engine.Search("Emmanuel Macon").Suggestion);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
