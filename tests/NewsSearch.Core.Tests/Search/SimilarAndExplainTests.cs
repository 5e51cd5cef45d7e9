using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class SimilarAndExplainTests
{
    [Fact]
    public void Similar_finds_the_related_story_without_the_article_or_its_copies()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Similar("wire-1", 5);

        Assert.Equal("related", results.Hits[0].Id);
        Assert.DoesNotContain(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal));
        Assert.Equal(1, results.Hits[0].Rank);
        Assert.Equal(results.Total, results.Articles); // no copies left once the article's own are out
        Assert.Contains("<mark>", results.Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Similar_collapses_copies_among_its_results()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Similar("related", 5);

        var wire = Assert.Single(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal));
        Assert.Equal(2, wire.Copies);
        Assert.Equal(results.Total + 2, results.Articles);
        Assert.Equal("wire", results.Hits[0].Id[..4]);
    }

    [Fact]
    public void Similar_of_an_unknown_id_is_refused_with_the_id_in_the_message()
    {
        using var room = new Newsroom(Wire.All());

        var error = Assert.Throws<ArgumentException>(() => room.Engine.Similar("nope", 5));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Similar_with_a_count_out_of_range_is_refused(int count)
    {
        using var room = new Newsroom(Wire.All());

        Assert.Throws<ArgumentOutOfRangeException>(() => room.Engine.Similar("wire-1", count));
    }

    [Fact]
    public void Explain_gives_the_query_as_run_and_each_hits_term_scores()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Search(new SearchRequest { Query = "barrages agrumes", Explain = true });

        Assert.Contains("barag", results.ExpandedQuery, StringComparison.Ordinal);
        Assert.All(results.Hits, h => Assert.Matches(@"^\d+\.\d\d: .*body:", h.Explanation!));
        Assert.StartsWith(results.Hits[0].Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), results.Hits[0].Explanation, StringComparison.Ordinal);
        Assert.Contains("body:agrum", results.Hits[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_explain_there_is_no_breakdown()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Search(new SearchRequest { Query = "barrages" });

        Assert.Null(results.ExpandedQuery);
        Assert.All(results.Hits, h => Assert.Null(h.Explanation));
    }

    [Fact]
    public void Preferring_recent_articles_lifts_the_newer_of_two_equal_matches()
    {
        using var room = new Newsroom([
            // Same body, titles without the query word: equal matches that indexing does not merge as one article.
            Some.Article("old", title: "Conjoncture", body: "L'inflation ralentit.", published: new DateOnly(2019, 1, 1)),
            Some.Article("new", title: "Économie", body: "L'inflation ralentit.", published: new DateOnly(2023, 1, 1)),
        ]);
        var request = new SearchRequest { Query = "inflation", Explain = true };

        var plain = room.Engine.Search(request).Hits;
        var recent = room.Engine.Search(request with { PreferRecent = true }).Hits;

        Assert.Equal(["old", "new"], plain.Select(h => h.Id));
        Assert.Equal(["new", "old"], recent.Select(h => h.Id));
        Assert.Equal(2 * plain[0].Score, recent[0].Score, 3);
        Assert.Contains("×2.00 recency", recent[0].Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1f)]
    [InlineData(1000, 2f)]
    [InlineData(1000 - RecencyQuery.HalfLifeDays, 1.5f)]
    public void The_recency_factor_halves_every_half_life(int day, float factor)
    {
        Assert.Equal(factor, RecencyQuery.Factor(day, newestDay: 1000), 3);
    }
}
