using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Articles;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Core.Tests.Search.Research;

/// <summary>Period boundaries (ISO weeks across new year, days, years), the empty periods filled in, undated
/// articles, and the per-segment totals kept across a reopened index.</summary>
public sealed class CoveragePeriodTests : IDisposable
{
    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public CoveragePeriodTests() => _engine = _temp.OpenDeterministic();

    private void Index(params (string Id, int Year, int Month, int Day, string Body)[] articles) =>
        _engine.IndexArticles(articles.Select(a => Some.Article(a.Id, body: $"{a.Body} ({a.Id})", published: new DateOnly(a.Year, a.Month, a.Day))));

    private CoverageSeries Coverage(string query, CoverageInterval by, DateOnly? from = null, DateOnly? to = null) =>
        Assert.Single(_engine.Coverage(new CoverageRequest { Queries = [query], By = by, From = from, To = to }).Series);

    [Fact]
    public void Iso_weeks_run_monday_to_sunday_and_belong_to_the_year_of_their_thursday()
    {
        Index(("sun", 2019, 12, 29, "tempête"), ("mon", 2019, 12, 30, "tempête"), ("wed", 2020, 1, 1, "calme"),
            ("late", 2021, 1, 3, "tempête"), ("next", 2021, 1, 4, "tempête"));

        var points = Coverage("tempête", CoverageInterval.Week).Points;

        Assert.Equal(("2019-W52", 1, 1), (points[0].Period, points[0].Matches, points[0].Total));
        Assert.Equal(("2020-W01", 1, 2), (points[1].Period, points[1].Matches, points[1].Total));
        Assert.Equal((new DateOnly(2019, 12, 30), new DateOnly(2020, 1, 5)), (points[1].Start, points[1].End));
        Assert.Equal(("2020-W53", 1), (points[^2].Period, points[^2].Matches));
        Assert.Equal(("2021-W01", 1), (points[^1].Period, points[^1].Matches));
        // 2020 has 53 ISO weeks: every one is listed, empty ones with zero.
        Assert.Equal(1 + 53 + 1, points.Count);
        Assert.Equal(points.Count, points.Select(p => p.Period).Distinct().Count());
        Assert.All(points.Skip(2).SkipLast(2), p => Assert.Equal((0, 0, 0.0), (p.Matches, p.Total, p.Share)));
    }

    [Fact]
    public void Days_are_listed_from_the_first_match_to_the_last_with_zeros_between()
    {
        Index(("a", 2020, 2, 27, "neige"), ("b", 2020, 2, 27, "pluie"), ("c", 2020, 3, 2, "neige"), ("d", 2020, 3, 5, "pluie"));

        var points = Coverage("neige", CoverageInterval.Day).Points;

        Assert.Equal(["2020-02-27", "2020-02-28", "2020-02-29", "2020-03-01", "2020-03-02"], points.Select(p => p.Period));
        Assert.Equal([1, 0, 0, 0, 1], points.Select(p => p.Matches));
        Assert.Equal([2, 0, 0, 0, 1], points.Select(p => p.Total));
        Assert.Equal([0.5, 0, 0, 0, 1], points.Select(p => p.Share));
    }

    [Fact]
    public void Years_between_two_matches_are_listed_with_their_totals()
    {
        Index(("a", 2018, 5, 1, "séisme"), ("b", 2019, 6, 1, "calme"), ("c", 2019, 7, 1, "calme"), ("d", 2020, 1, 1, "séisme"), ("e", 2020, 12, 31, "calme"));

        var points = Coverage("séisme", CoverageInterval.Year).Points;

        Assert.Equal([("2018", 1, 1), ("2019", 0, 2), ("2020", 1, 2)], points.Select(p => (p.Period, p.Matches, p.Total)));
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), (points[2].Start, points[2].End));
    }

    [Fact]
    public void Undated_articles_are_counted_in_no_period()
    {
        Index(("a", 2020, 1, 10, "orage"));
        _engine.IndexArticles([Some.Article("undated", body: "orage sans date") with { Published = null }]);

        var series = Coverage("orage", CoverageInterval.Month);

        Assert.Equal((2, 1), (series.Matches, series.Undated));
        Assert.Equal([("2020-01", 1, 1)], series.Points.Select(p => (p.Period, p.Matches, p.Total)));
    }

    [Fact]
    public void Periods_run_from_the_given_dates_else_from_the_first_and_last_match_and_stay_within_the_index()
    {
        Index(("a", 2020, 1, 10, "orage"), ("b", 2020, 3, 10, "grêle"));

        Assert.Empty(Coverage("tsunami", CoverageInterval.Month).Points);
        var bounded = Coverage("tsunami", CoverageInterval.Month, from: new DateOnly(2019, 6, 1), to: new DateOnly(2020, 2, 15));
        Assert.Equal([("2020-01", 0, 1), ("2020-02", 0, 0)], bounded.Points.Select(p => (p.Period, p.Matches, p.Total)));
        Assert.Equal(["2020-01"], Coverage("orage", CoverageInterval.Month, from: new DateOnly(2019, 12, 1)).Points.Select(p => p.Period));
        Assert.Equal(["2020-01", "2020-02", "2020-03"], Coverage("grêle", CoverageInterval.Month, from: new DateOnly(2020, 1, 1)).Points.Select(p => p.Period));
    }

    [Fact]
    public void Bad_requests_are_refused_with_a_reason()
    {
        Assert.Throws<ArgumentException>(() => _engine.Coverage(new CoverageRequest { Queries = [] }));
        Assert.Throws<ArgumentException>(() => _engine.Coverage(new CoverageRequest { Queries = ["a", " "] }));
        Assert.Throws<ArgumentException>(() => _engine.Coverage(new CoverageRequest { Queries = [.. Enumerable.Repeat("a", CoverageRequest.MaxQueries + 1)] }));
        Assert.Throws<ArgumentException>(() => _engine.Coverage(new CoverageRequest { Queries = ["a"], From = new DateOnly(2020, 2, 1), To = new DateOnly(2020, 1, 1) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _engine.Coverage(new CoverageRequest { Queries = ["a"], By = (CoverageInterval)9 }));
    }

    [Fact]
    public void Totals_follow_new_and_replaced_articles_and_an_unchanged_segment_keeps_its_counts()
    {
        Index(("a", 2020, 1, 10, "orage"), ("b", 2020, 1, 11, "calme"));
        using var directory = FSDirectory.Open(Path.Combine(_temp.Path, "index"));
        using var first = DirectoryReader.Open(directory);
        var counted = SegmentTotals.For(first.Leaves.Single().AtomicReader);

        Index(("c", 2020, 1, 12, "orage"));
        using var second = DirectoryReader.OpenIfChanged(first)!;
        Assert.Equal(2, second.Leaves.Count);
        Assert.Same(counted, SegmentTotals.For(second.Leaves[0].AtomicReader));
        Assert.Equal([("2020-01", 2, 3)], Coverage("orage", CoverageInterval.Month).Points.Select(p => (p.Period, p.Matches, p.Total)));

        _engine.IndexArticles([Some.Article("b", body: "calme revenu", published: new DateOnly(2020, 2, 1))]);
        using var third = DirectoryReader.OpenIfChanged(second)!;
        Assert.NotSame(counted, SegmentTotals.For(third.Leaves[0].AtomicReader));
        Assert.Equal([("2020-01", 2, 2), ("2020-02", 0, 1)], Coverage("orage", CoverageInterval.Month, to: new DateOnly(2020, 2, 29)).Points.Select(p => (p.Period, p.Matches, p.Total)));
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}
