using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class MalformedQueryTests : IDisposable
{
    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public MalformedQueryTests()
    {
        _engine = _temp.Open();
        _engine.IndexFiles([Some.SeedPath]);
    }

    [Theory]
    [InlineData("IA AND (")]
    [InlineData("\"unclosed IA")]
    [InlineData("(IA OR")]
    [InlineData("IA ) responsable")]
    [InlineData("OR AND NOT")]
    [InlineData("title: source:")]
    public void Malformed_syntax_is_searched_as_plain_words_with_a_notice(string query)
    {
        var results = _engine.Search(query);
        Assert.NotEmpty(results.Notices);
        if (query.Contains("IA", StringComparison.Ordinal))
        {
            Assert.Equal(Some.SeedId, results.Hits[0].Id);
        }
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("le la les")]
    [InlineData("-")]
    public void A_query_with_nothing_to_search_returns_no_hits_and_says_why(string query)
    {
        var results = _engine.Search(query);
        Assert.Equal(0, results.Total);
        Assert.Contains(results.Notices, n => n.Contains("no words", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ten_thousand_character_query_is_cut_and_still_answers()
    {
        var query = "IA responsable " + string.Concat(Enumerable.Repeat("mot ", 2500));
        var results = _engine.Search(query);
        Assert.Equal(Some.SeedId, results.Hits[0].Id);
        Assert.Contains(results.Notices, n => n.Contains("first 1000 characters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_with_hundreds_of_words_does_not_exceed_lucene_clause_limits()
    {
        var query = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i}")) + " IA";
        var results = _engine.Search(query);
        Assert.NotNull(results);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public void Out_of_range_paging_is_an_argument_error(int page, int size)
    {
        Assert.ThrowsAny<ArgumentException>(() => _engine.Search(new SearchRequest { Query = "IA", Page = page, PageSize = size }));
    }

    [Fact]
    public void Operators_prefix_and_fields_work_when_well_formed()
    {
        Assert.Equal(Some.SeedId, _engine.Search("(IA OR robotique) AND responsable").Hits[0].Id);
        Assert.Equal(Some.SeedId, _engine.Search("title:Mezzour").Hits[0].Id);
        Assert.Equal(Some.SeedId, _engine.Search("source:\"L'opinion\" IA").Hits[0].Id);
        Assert.Equal(Some.SeedId, _engine.Search("artific*").Hits[0].Id);
        Assert.Equal(0, _engine.Search("title:Homemade").Total);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}
