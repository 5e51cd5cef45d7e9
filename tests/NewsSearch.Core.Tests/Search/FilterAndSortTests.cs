using NewsSearch.Indexing;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class FilterAndSortTests
{
    [Theory]
    [InlineData("le matin")]
    [InlineData("LE MATIN")]
    [InlineData("l'opinion")]
    [InlineData("L’Opinion")]
    [InlineData("medias24")]
    public void Source_filter_keeps_that_outlet_however_it_is_written(string source)
    {
        using var room = Newsroom.Standard();
        var expected = Ids(room.Articles.Where(a => a.Source is not null && SourceKeys.Normalize(a.Source) == SourceKeys.Normalize(source)));

        var hits = room.AllPages(new SearchRequest { Query = "marché", Sources = [source], PageSize = 7 });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(hits));
    }

    [Fact]
    public void Several_sources_keep_articles_of_any_of_them()
    {
        using var room = Newsroom.Standard();
        var expected = Ids(room.Articles.Where(a => a.Source is "Hespress" or "Médias24"));

        var results = room.Engine.Search(new SearchRequest { Query = "marché", Sources = ["hespress", "Médias24"], PageSize = 100 });

        Assert.Equal(expected, Ids(results.Hits));
        Assert.Equal(expected.Count, results.Total);
    }

    [Fact]
    public void Unknown_source_finds_nothing()
    {
        using var room = Newsroom.Standard();

        var results = room.Engine.Search(new SearchRequest { Query = "marché", Sources = ["Le Monde"] });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Date_range_is_inclusive_at_both_ends_and_leaves_out_undated_articles()
    {
        using var room = Newsroom.Standard();
        var dated = room.Articles.Where(a => a.Published is not null).OrderBy(a => a.Published).ToList();
        var from = dated[10].Published!.Value;
        var to = dated[30].Published!.Value;
        var expected = Ids(room.Articles.Where(a => a.Published >= from && a.Published <= to));

        var results = room.Engine.Search(new SearchRequest { Query = "marché", From = from, To = to, PageSize = 100 });

        Assert.Equal(expected, Ids(results.Hits));
        Assert.Contains(results.Hits, h => h.Published == from);
        Assert.Contains(results.Hits, h => h.Published == to);
    }

    [Fact]
    public void Open_ended_ranges_keep_everything_after_or_before()
    {
        using var room = Newsroom.Standard();
        var day = new DateOnly(2020, 6, 1);

        var after = room.Engine.Search(new SearchRequest { Query = "marché", From = day, PageSize = 100 });
        var before = room.Engine.Search(new SearchRequest { Query = "marché", To = day, PageSize = 100 });

        Assert.Equal(Ids(room.Articles.Where(a => a.Published >= day)), Ids(after.Hits));
        Assert.Equal(Ids(room.Articles.Where(a => a.Published <= day)), Ids(before.Hits));
    }

    [Fact]
    public void Start_date_after_end_date_is_refused()
    {
        using var room = Newsroom.Standard();

        Assert.Throws<ArgumentException>(() => room.Engine.Search(new SearchRequest { Query = "marché", From = new DateOnly(2021, 1, 2), To = new DateOnly(2021, 1, 1) }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sort_by_date_is_newest_first_with_undated_articles_last(bool facets)
    {
        using var room = Newsroom.Standard();
        var expected = room.Articles.Where(a => a.Body.Contains("pétrole", StringComparison.Ordinal))
            .OrderByDescending(a => a.Published?.DayNumber ?? 0).Select(a => a.Published).ToList();

        var hits = room.AllPages(new SearchRequest { Query = "pétrole", Sort = SearchSort.Date, PageSize = 4, Facets = facets, CollapseDuplicates = facets });

        Assert.Equal(expected, hits.Select(h => h.Published).ToList());
        Assert.Null(hits[^1].Published);
    }

    [Fact]
    public void Equal_dates_are_ordered_by_relevance()
    {
        using var room = new Newsroom([
            Some.Article("weak", title: "Autre sujet", body: "Une phrase sur le budget."),
            Some.Article("strong", title: "Budget : le budget voté", body: "Le budget, encore le budget."),
        ]);

        var hits = room.Engine.Search(new SearchRequest { Query = "budget", Sort = SearchSort.Date }).Hits;

        Assert.Equal(["strong", "weak"], hits.Select(h => h.Id));
    }

    private static List<string> Ids(IEnumerable<NewsSearch.Articles.NewsArticle> articles) =>
        articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

    private static List<string> Ids(IEnumerable<SearchHit> hits) =>
        hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
}
