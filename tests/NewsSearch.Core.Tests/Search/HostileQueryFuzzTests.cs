using NewsSearch.Core.Tests.Search.Relevance;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The hostile-query drill in short, with a fixed seed (drill 6 of tests/drills runs 100,000 of them over the
/// whole corpus and 10,000 over HTTP, timed): grammar-built and random-byte queries never throw and always answer.</summary>
public sealed class HostileQueryFuzzTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    [Fact]
    public void Six_hundred_hostile_queries_all_answer()
    {
        var queries = new HostileQueries(seed: 20_26);
        for (var i = 0; i < 600; i++)
        {
            var text = queries.Next();
            var results = news.Search(text);
            Assert.True(results.Hits.Count <= 20, text);
            Assert.All(results.Hits, h => Assert.False(float.IsNaN(h.Score), text));
        }
    }
}
