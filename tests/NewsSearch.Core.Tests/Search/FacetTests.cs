using System.Globalization;
using NewsSearch.Indexing;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class FacetTests
{
    [Fact]
    public void Facets_count_every_matching_article_not_just_the_page()
    {
        using var room = Newsroom.Standard();
        var matching = room.Articles.Where(a => a.Body.Contains("pétrole", StringComparison.Ordinal)).ToList();

        var results = room.Engine.Search(new SearchRequest { Query = "pétrole", PageSize = 1 });

        Assert.Single(results.Hits);
        Assert.Equal(matching.Count, results.Total);
        Assert.Equal(ExpectedSources(matching), results.Facets.Sources.ToDictionary(s => SourceKeys.Normalize(s.Value), s => s.Count));
        Assert.Equal(results.Facets.Sources.Select(s => s.Count).OrderDescending(), results.Facets.Sources.Select(s => s.Count));
        Assert.Equal(
            matching.Where(a => a.Published is not null).GroupBy(a => a.Published!.Value.Year)
                .OrderByDescending(g => g.Key).Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Count())),
            Pairs(results.Facets.Years));
        Assert.Equal(
            matching.Where(a => a.Published is not null).GroupBy(a => a.Published!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .OrderByDescending(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            Pairs(results.Facets.Months));
    }

    [Fact]
    public void Outlets_written_differently_are_one_facet_labelled_as_written()
    {
        using var room = Newsroom.Standard();

        var sources = room.Engine.Search(new SearchRequest { Query = "marché" }).Facets.Sources;

        var opinion = Assert.Single(sources, s => SourceKeys.Normalize(s.Value) == "l'opinion");
        Assert.Contains(opinion.Value, new[] { "L'Opinion", "l’opinion" });
        Assert.Equal(room.Articles.Count(a => a.Source is not null && SourceKeys.Normalize(a.Source) == "l'opinion"), opinion.Count);
        Assert.DoesNotContain(sources, s => s.Value == "l'opinion");
    }

    [Fact]
    public void Facets_follow_the_filters()
    {
        using var room = Newsroom.Standard();
        var from = new DateOnly(2020, 1, 1);
        var to = new DateOnly(2021, 6, 30);
        var matching = room.Articles.Where(a => a.Published >= from && a.Published <= to && a.Source is not null && SourceKeys.Normalize(a.Source) == "le matin").ToList();

        var results = room.Engine.Search(new SearchRequest { Query = "marché", Sources = ["le matin"], From = from, To = to });

        Assert.Equal(matching.Count, results.Total);
        Assert.Equal(matching.Count, Assert.Single(results.Facets.Sources).Count);
        Assert.Equal(matching.Count, results.Facets.Years.Sum(y => y.Count));
        Assert.Equal(matching.Count, results.Facets.Months.Sum(m => m.Count));
    }

    [Fact]
    public void Undated_and_outlet_less_articles_are_counted_in_total_but_in_no_facet_value()
    {
        using var room = Newsroom.Standard();

        var results = room.Engine.Search(new SearchRequest { Query = "marché" });

        Assert.Equal(room.Articles.Count, results.Total);
        Assert.Equal(room.Articles.Count(a => a.Source is not null), results.Facets.Sources.Sum(s => s.Count));
        Assert.Equal(room.Articles.Count(a => a.Published is not null), results.Facets.Years.Sum(y => y.Count));
    }

    [Fact]
    public void Facets_stay_right_across_indexing_runs_that_add_and_update_articles()
    {
        using var room = Newsroom.Standard();
        room.Engine.Search(new SearchRequest { Query = "marché" }); // values of the first segment now cached
        var moved = room.Articles[0] with { Source = "Hespress", Published = new DateOnly(2015, 5, 5) };
        var added = Some.Article("late", body: "Le marché du soir.", source: "Le Desk", published: new DateOnly(2015, 6, 1));
        room.Engine.IndexArticles([moved, added]);
        var now = room.Articles.Skip(1).Append(moved).Append(added).ToList();

        var facets = room.Engine.Search(new SearchRequest { Query = "marché" }).Facets;

        Assert.Equal(ExpectedSources(now), facets.Sources.ToDictionary(s => SourceKeys.Normalize(s.Value), s => s.Count));
        Assert.Equal(new FacetCount("2015", 2), facets.Years[^1]);
        Assert.Equal([new FacetCount("2015-06", 1), new FacetCount("2015-05", 1)], facets.Months.TakeLast(2));
    }

    [Fact]
    public void Facets_can_be_turned_off_and_a_search_without_hits_has_none()
    {
        using var room = Newsroom.Standard();

        Assert.Same(SearchFacets.None, room.Engine.Search(new SearchRequest { Query = "marché", Facets = false }).Facets);
        var none = room.Engine.Search(new SearchRequest { Query = "introuvable" }).Facets;
        Assert.Empty(none.Sources);
        Assert.Empty(none.Years);
        Assert.Empty(none.Months);
    }

    private static Dictionary<string, int> ExpectedSources(IEnumerable<NewsSearch.Articles.NewsArticle> articles) =>
        articles.Where(a => a.Source is not null).GroupBy(a => SourceKeys.Normalize(a.Source!)).ToDictionary(g => g.Key, g => g.Count());

    private static List<(string, int)> Pairs(IEnumerable<FacetCount> counts) =>
        counts.Select(c => (c.Value, c.Count)).ToList();
}
