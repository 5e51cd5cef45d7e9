using NewsSearch.Articles;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Core.Tests.Search.Research;

/// <summary>Coverage against counts worked out independently from the articles the test writes: per period, the
/// articles holding every word of the query, all articles of the period, their share; every period present.</summary>
public sealed class CoverageTests : IDisposable
{
    private static readonly string[] Outlets = ["Le Matin", "Hespress", "L'Opinion"];
    private static readonly List<NewsArticle> Articles = Generate();
    private readonly Newsroom _room = new(Articles);

    /// <summary>300 articles over five months and three outlets; each says "grippe", "vaccins", both or neither, at
    /// random (a fixed seed); a few are undated.</summary>
    private static List<NewsArticle> Generate()
    {
        var random = new Random(12);
        var articles = new List<NewsArticle>();
        for (var i = 0; i < 300; i++)
        {
            var words = random.Next(4) switch
            {
                0 => "La grippe progresse et les vaccins manquent.",
                1 => "La grippe saisonnière arrive.",
                2 => "Les vaccins sont livrés.",
                _ => "Le marché reste calme.",
            };
            DateOnly? published = i % 50 == 7 ? null : new DateOnly(2019, 11, 1).AddDays(random.Next(150));
            articles.Add(Some.Article($"c{i:000}", $"Brève {i}", $"{words} Dépêche {i}.", Outlets[random.Next(Outlets.Length)]) with { Published = published });
        }

        return articles;
    }

    private static bool Holds(NewsArticle article, params string[] words) => words.All(w => article.Body.Contains(w, StringComparison.Ordinal));

    [Fact]
    public void Each_month_counts_the_articles_holding_every_word_against_all_articles_of_the_month()
    {
        var results = _room.Engine.Coverage(new CoverageRequest { Queries = ["grippe vaccins"], By = CoverageInterval.Month });

        var dated = Articles.Where(a => a.Published is not null).ToList();
        var expected = dated
            .GroupBy(a => a.Published!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Period: g.Key, Matches: g.Count(a => Holds(a, "grippe", "vaccins")), Total: g.Count()))
            .ToList();
        var series = Assert.Single(results.Series);
        Assert.Equal(expected, series.Points.Select(p => (p.Period, p.Matches, p.Total)));
        Assert.All(series.Points, p => Assert.Equal((double)p.Matches / p.Total, p.Share));
        Assert.Equal(Articles.Count(a => Holds(a, "grippe", "vaccins")), series.Matches);
        Assert.Equal(Articles.Count(a => a.Published is null && Holds(a, "grippe", "vaccins")), series.Undated);
        Assert.True(series.Undated > 0);
    }

    [Fact]
    public void Several_queries_share_the_same_periods_in_the_order_asked()
    {
        var results = _room.Engine.Coverage(new CoverageRequest { Queries = ["vaccins", "grippe saisonnière", "marché"], By = CoverageInterval.Week });

        Assert.Equal(["vaccins", "grippe saisonnière", "marché"], results.Series.Select(s => s.Query));
        var periods = results.Series[0].Points.Select(p => p.Period).ToList();
        Assert.All(results.Series, s => Assert.Equal(periods, s.Points.Select(p => p.Period)));
        Assert.Equal(Articles.Count(a => Holds(a, "marché") && a.Published is not null), results.Series[2].Points.Sum(p => p.Matches));
        Assert.Equal(Articles.Count(a => Holds(a, "grippe saisonnière")), results.Series[1].Matches);
    }

    [Fact]
    public void The_breakdown_by_outlet_adds_up_to_the_series_with_each_outlet_s_own_totals()
    {
        var results = _room.Engine.Coverage(new CoverageRequest { Queries = ["vaccins"], BySource = true });

        var series = Assert.Single(results.Series);
        Assert.Equal(Outlets.Order(StringComparer.Ordinal), series.Sources.Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.Equal(series.Matches, series.Sources.Sum(s => s.Matches));
        foreach (var source in series.Sources)
        {
            var own = Articles.Where(a => a.Source == source.Source && a.Published is not null).ToList();
            Assert.Equal(Articles.Count(a => a.Source == source.Source && Holds(a, "vaccins")), source.Matches);
            Assert.Equal(series.Points.Select(p => p.Period), source.Points.Select(p => p.Period));
            Assert.All(source.Points, p => Assert.Equal(own.Count(a => a.Published >= p.Start && a.Published <= p.End), p.Total));
        }

        for (var p = 0; p < series.Points.Count; p++)
        {
            Assert.Equal(series.Points[p].Matches, series.Sources.Sum(s => s.Points[p].Matches));
            Assert.Equal(series.Points[p].Total, series.Sources.Sum(s => s.Points[p].Total));
        }

        Assert.Empty(_room.Engine.Coverage(new CoverageRequest { Queries = ["vaccins"] }).Series[0].Sources);
    }

    [Fact]
    public void Outlet_and_date_filters_narrow_the_matches_and_the_totals_alike()
    {
        var from = new DateOnly(2019, 12, 10);
        var to = new DateOnly(2020, 2, 20);
        var results = _room.Engine.Coverage(new CoverageRequest { Queries = ["vaccins"], Sources = ["hespress"], From = from, To = to });

        var kept = Articles.Where(a => a.Source == "Hespress" && a.Published >= from && a.Published <= to).ToList();
        var series = Assert.Single(results.Series);
        Assert.Equal(["2019-12", "2020-01", "2020-02"], series.Points.Select(p => p.Period));
        Assert.All(series.Points, p => Assert.Equal(kept.Count(a => a.Published >= p.Start && a.Published <= p.End), p.Total));
        Assert.Equal(kept.Count(a => Holds(a, "vaccins")), series.Matches);
        Assert.Equal(series.Matches, series.Points.Sum(p => p.Matches));
    }

    public void Dispose() => _room.Dispose();
}
