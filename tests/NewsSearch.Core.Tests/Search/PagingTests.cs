using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class PagingTests
{
    public static TheoryData<bool, SearchSort> Modes => new()
    {
        { false, SearchSort.Relevance },
        { false, SearchSort.Date },
        { true, SearchSort.Relevance },
        { true, SearchSort.Date },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Pages_put_together_are_the_whole_list_without_gap_or_repeat(bool facetsAndCollapsing, SearchSort sort)
    {
        using var room = Newsroom.Standard();
        var request = new SearchRequest { Query = "marché OR pétrole", Sort = sort, Facets = facetsAndCollapsing, CollapseDuplicates = facetsAndCollapsing };
        var whole = room.Engine.Search(request with { PageSize = 100 });

        var paged = room.AllPages(request with { PageSize = 7 });

        Assert.Equal(room.Articles.Count, whole.Total);
        Assert.Equal(whole.Hits.Select(h => h.Id), paged.Select(h => h.Id));
        Assert.Equal(Enumerable.Range(1, whole.Total), paged.Select(h => h.Rank));
        Assert.Equal(whole.Hits.Select(h => h.Score), paged.Select(h => h.Score));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_deep_page_asked_directly_equals_the_same_page_reached_page_by_page(bool facetsAndCollapsing, SearchSort sort)
    {
        using var walked = Newsroom.Standard();
        using var direct = Newsroom.Standard();
        var request = new SearchRequest { Query = "marché OR pétrole", Sort = sort, PageSize = 6, Facets = facetsAndCollapsing, CollapseDuplicates = facetsAndCollapsing };
        for (var page = 1; page < 8; page++)
        {
            walked.Engine.Search(request with { Page = page });
        }

        var next = walked.Engine.Search(request with { Page = 8 });
        var jumped = direct.Engine.Search(request with { Page = 8 });

        Assert.Equal(6, next.Hits.Count);
        Assert.Equal(jumped.Hits.Select(h => (h.Id, h.Rank)), next.Hits.Select(h => (h.Id, h.Rank)));
        Assert.Equal(43, next.Hits[0].Rank);
        Assert.Equal(jumped.Total, next.Total);
    }

    [Fact]
    public void Both_ways_of_collecting_rank_the_same()
    {
        using var room = Newsroom.Standard();
        var request = new SearchRequest { Query = "marché pétrole recule", PageSize = 100 };

        var plain = room.Engine.Search(request with { Facets = false, CollapseDuplicates = false });
        var full = room.Engine.Search(request);

        Assert.Equal(plain.Hits.Select(h => (h.Id, h.Score)), full.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(plain.Total, full.Total);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        using var room = Newsroom.Standard();

        var results = room.Engine.Search(new SearchRequest { Query = "pétrole", Page = 50, PageSize = 10 });

        Assert.Empty(results.Hits);
        Assert.Equal(room.Articles.Count(a => a.Body.Contains("pétrole", StringComparison.Ordinal)), results.Total);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_page_beyond_any_index_is_empty_with_the_total_and_facets(bool facets)
    {
        using var room = Newsroom.Standard();

        var results = room.Engine.Search(new SearchRequest { Query = "marché", Page = int.MaxValue, PageSize = 100, Facets = facets, CollapseDuplicates = facets });

        Assert.Empty(results.Hits);
        Assert.Equal(room.Articles.Count, results.Total);
        Assert.Equal(facets ? room.Articles.Count(a => a.Published is not null) : 0, results.Facets.Years.Sum(y => y.Count));
    }

    [Fact]
    public void A_new_commit_between_pages_is_seen_by_the_next_page()
    {
        using var room = Newsroom.Standard();
        var request = new SearchRequest { Query = "pétrole", PageSize = 5, Facets = false, CollapseDuplicates = false };
        var first = room.Engine.Search(request);

        room.Engine.IndexArticles([Some.Article("late", title: "Pétrole pétrole pétrole", body: "Le pétrole, le pétrole.")]);
        var second = room.Engine.Search(request with { Page = 2 });

        Assert.Equal(first.Total + 1, second.Total);
        Assert.DoesNotContain(second.Hits, h => h.Id == "late"); // it ranks first, so page 2 starts one later
        Assert.Equal(first.Hits[^1].Id, second.Hits[0].Id);
    }

    [Fact]
    public void Concurrent_searches_sharing_cursors_and_caches_get_the_same_pages_as_one_at_a_time()
    {
        using var room = Newsroom.Standard();
        using var reference = Newsroom.Standard();
        var requests = (
            from page in Enumerable.Range(1, 8)
            from sort in new[] { SearchSort.Relevance, SearchSort.Date }
            from full in new[] { true, false }
            select new SearchRequest { Query = "marché pétrole", Page = page, PageSize = 7, Sort = sort, Facets = full, CollapseDuplicates = full, Snippets = false })
            .ToList();
        var expected = requests.Select(r => Ids(reference.Engine.Search(r))).ToList();

        var actual = new string[requests.Count * 4];
        Parallel.For(0, actual.Length, i => actual[i] = Ids(room.Engine.Search(requests[i % requests.Count])));

        Assert.Equal(Enumerable.Range(0, actual.Length).Select(i => expected[i % requests.Count]), actual);
    }

    private static string Ids(SearchResults results) =>
        string.Join(",", results.Hits.Select(h => $"{h.Rank}:{h.Id}")) + "/" + results.Total + "/" + results.Facets.Months.Sum(m => m.Count);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public void Out_of_range_page_or_size_is_refused(int page, int size)
    {
        using var room = Newsroom.Standard();

        Assert.Throws<ArgumentOutOfRangeException>(() => room.Engine.Search(new SearchRequest { Query = "marché", Page = page, PageSize = size }));
    }
}
