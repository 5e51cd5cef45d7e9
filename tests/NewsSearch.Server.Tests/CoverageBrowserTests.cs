using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsSearch.Articles;
using static Microsoft.Playwright.Assertions;

namespace NewsSearch.Server.Tests;

/// <summary>The coverage chart and the characteristic words on the search page, in a real headless Chromium.</summary>
public sealed class CoverageBrowserTests
{
    /// <summary>Two years of climate news (most in November 2021, the Glasgow summit) and some vaccine news.</summary>
    private static IEnumerable<NewsArticle> Stories()
    {
        for (var i = 0; i < 96; i++)
        {
            var day = new DateOnly(2020, 1, 3).AddDays(i * 7 % 700);
            if (i % 8 == 0)
            {
                day = new DateOnly(2021, 11, 1 + i % 28);
            }

            var climate = i % 3 != 2;
            yield return new NewsArticle
            {
                Id = $"story-{i:000}",
                Title = climate ? $"Le climat au cœur du sommet, épisode {i}" : $"Les vaccins arrivent, épisode {i}",
                // Under twenty words, so that no two are taken for copies of one story and collapsed.
                Body = !climate ? $"Les vaccins sont livrés dans les pharmacies ; la vaccination s'accélère ({i})."
                    : i % 2 == 0 ? $"À Glasgow, le climat et le charbon divisent la COP26, dit Antonio Guterres ({i})."
                    : $"Le réchauffement du climat : les émissions de carbone montent, selon Antonio Guterres ({i}).",
                Source = i % 2 == 0 ? RunningServer.OtherSource : "Le Quotidien du Climat",
                Published = day,
            };
        }
    }

    [Fact]
    public async Task A_query_shows_its_coverage_and_words_a_month_filters_the_results_and_two_queries_compare()
    {
        await using var server = RunningServer.Start();
        var stories = Stories().ToList();
        server.Engine.IndexArticles(stories);
        var climate = stories.Where(s => s.Body.Contains("climat", StringComparison.Ordinal)).ToList();
        var november = climate.Count(s => s.Published is { Year: 2021, Month: 11 });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "fr-FR" });
        var errors = BrowserTests.CollectErrors(page);

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Rechercher dans les articles" }).FillAsync("climat");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#coverage canvas").First).ToBeVisibleAsync();
        await Expect(page.Locator("#coverage-summary")).ToContainTextAsync($"« climat » : {climate.Count} articles ; pic : 2021-11 ({november},");
        await Expect(page.Locator("#terms-list .term").First).ToBeVisibleAsync();
        var words = await page.Locator("#terms-list .term .label").AllInnerTextsAsync();
        Assert.Contains("Glasgow", words);
        Assert.Contains("Antonio Guterres", words);
        Assert.DoesNotContain(words, w => w.Contains("climat", StringComparison.OrdinalIgnoreCase));
        await page.ScreenshotAsync(new() { Path = BrowserTests.Artifact("coverage-page.png"), FullPage = true });

        var bar = await page.EvaluateAsync<JsonElement>("p => import('/coverage.js').then(m => m.periodCenter(p))", "2021-11");
        await page.Mouse.ClickAsync(bar.GetProperty("x").GetSingle(), bar.GetProperty("y").GetSingle());

        await Expect(page).ToHaveURLAsync(new Regex("from=2021-11-01&to=2021-11-30"));
        await Expect(page.Locator("#status")).ToContainTextAsync($"{november} résultats");
        Assert.All(await page.Locator("#hits time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.dateTime)"), d => Assert.StartsWith("2021-11-", d, StringComparison.Ordinal));
        await page.Locator("#coverage-data summary").ClickAsync();
        await Expect(page.Locator("[data-period='2021-11']")).ToHaveAttributeAsync("aria-pressed", "true");
        await page.ScreenshotAsync(new() { Path = BrowserTests.Artifact("coverage-month.png"), FullPage = true });

        await page.Locator("[data-period='2021-11']").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("from="));
        await page.Locator("#terms-list .term", new() { HasText = "Glasgow" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=climat\+Glasgow"));

        await page.Locator("#compare-q").FillAsync("vaccins");
        await page.GetByRole(AriaRole.Button, new() { Name = "Comparer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("compare=vaccins"));
        await Expect(page.Locator("#coverage .u-legend")).ToContainTextAsync("Part « vaccins »");
        await Expect(page.Locator("#coverage-summary")).ToContainTextAsync($"« vaccins » : {stories.Count - climate.Count} articles");
        await page.ScreenshotAsync(new() { Path = BrowserTests.Artifact("coverage-compare.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
