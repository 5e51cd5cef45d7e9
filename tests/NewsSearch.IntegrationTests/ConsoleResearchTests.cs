using NewsSearch.Articles;
using NewsSearch.Cli.Interactive;
using static NewsSearch.IntegrationTests.ConsoleTestKit;

namespace NewsSearch.IntegrationTests;

/// <summary>The console's <c>:coverage</c> (a sparkline per year of the current query's months) and <c>:terms</c>.</summary>
public sealed class ConsoleResearchTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly NewsSearchEngine _engine;

    /// <summary>Storm news in March, April and June 2022 and in January 2023 (one article a month without "tempête"),
    /// each naming the same forecaster.</summary>
    public ConsoleResearchTests() => _engine = Engine(_folder, new (int Year, int Month, int Storms)[] { (2022, 3, 1), (2022, 4, 2), (2022, 6, 4), (2023, 1, 1) }
        .SelectMany(m => Enumerable.Range(0, m.Storms + 1).Select(i => new NewsArticle
        {
            Id = $"{m.Year}-{m.Month}-{i}",
            Title = i < m.Storms ? $"Tempête numéro {m.Month}{i}" : $"Marché numéro {m.Month}{i}",
            Body = i < m.Storms ? $"La tempête souffle sur les côtes, prévient Météo-France avec François Jobard ({m.Month}-{i})." : $"Le marché reste calme ({m.Month}).",
            Source = "Le Matin",
            Published = new DateOnly(m.Year, m.Month, 1 + i),
        })));

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Coverage_draws_twelve_months_a_line_on_one_scale_with_each_year_s_matches()
    {
        var t = Run(EngineBackend.For(_engine), "tempête\n:coverage\n");

        Assert.Contains("\"tempête\": 8 articles; share of each month's articles, J to D; peak 2022-06 (4, 80%)", t.Out);
        // 2022: March to December, June highest (4 of 5), April 2 of 3, March and January 1 of 2, empty months lowest.
        Assert.Contains("2022    ▆▇▁█▁▁▁▁▁▁       7\n", t.Out);
        Assert.Contains("2023  ▆                  1\n", t.Out);
        Assert.Equal("", t.Err);
    }

    [Fact]
    public void Terms_list_the_characteristic_words_and_names_without_the_query()
    {
        var t = Run(EngineBackend.For(_engine), "tempête\n:terms\n");

        Assert.Contains("Characteristic of the 8 matching articles", t.Out);
        Assert.Contains("  François Jobard", t.Out);
        Assert.Contains("  côtes", t.Out);
        Assert.DoesNotContain("  tempête", t.Out);
    }

    [Fact]
    public void Before_a_search_or_without_the_engine_feature_each_says_why()
    {
        var early = Run(EngineBackend.For(_engine), ":coverage\n:terms\n");
        var missing = Run(new ScriptedBackend(_engine), "tempête\n:coverage\n:terms\n");

        Assert.Equal(2, early.Out.Split("Type some words to search first.").Length - 1);
        Assert.Contains("coverage is not available", missing.Err);
        Assert.Contains("characteristic terms are not available", missing.Err);
    }
}
