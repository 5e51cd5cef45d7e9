using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsSearch.IntegrationTests;
using static Microsoft.Playwright.Assertions;

namespace NewsSearch.Server.Tests;

/// <summary>The search page in a real headless browser: Debian's chromium (installed first when missing) driven by
/// Playwright, which never downloads a browser of its own.</summary>
public sealed class BrowserTests
{
    private const string SeedTitle = "Intelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA";

    [Fact]
    public async Task Typing_a_query_shows_the_seed_first_with_highlights_and_a_source_facet_filters_the_results()
    {
        await using var server = RunningServer.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "fr-FR" });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var errors = CollectErrors(page);

        await page.GotoAsync(server.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Searchbox).FillAsync("IA responsable");
        await page.Keyboard.PressAsync("Enter");

        var hits = page.Locator("#hits > li");
        await Expect(hits).ToHaveCountAsync(3);
        await Expect(hits.First.Locator("h3")).ToHaveTextAsync(SeedTitle);
        await Expect(hits.First.Locator(".snippet mark").First).ToBeVisibleAsync();
        var marked = await hits.First.Locator(".snippet mark").AllInnerTextsAsync();
        Assert.Contains("IA", marked);
        Assert.Contains("responsable", marked);
        await Expect(page.Locator("#status")).ToContainTextAsync("3 résultats");
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=IA\+responsable$"));
        await page.ScreenshotAsync(new() { Path = Artifact("search-page.png"), FullPage = true });

        await page.Locator("[data-facet=sources] button", new() { HasText = RunningServer.OtherSource }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("source=Le\\+Petit\\+Quotidien"));
        await Expect(hits).ToHaveCountAsync(2);
        Assert.All(await page.Locator("#hits .source").AllInnerTextsAsync(), s => Assert.Equal(RunningServer.OtherSource, s));
        await Expect(page.Locator("#active-filters")).ToContainTextAsync(RunningServer.OtherSource);
        // The article body holds "<script>alert(1)</script>": it must show as text, never run.
        await Expect(page.Locator("#hits").GetByText("<script>alert(1)</script>")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifact("search-page-filtered.png"), FullPage = true });

        await page.Locator("#from").FillAsync("2022-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("from=2022-01-01"));
        await Expect(hits).ToHaveCountAsync(1);
        await Expect(hits.First.Locator("h3")).ToHaveTextAsync("Des robots à l'hôpital : prudence");
        Assert.Equal(0, dialogs);
        Assert.Equal(1, await page.Locator("script").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_bookmarked_query_opens_on_a_phone_and_leads_to_the_article_and_similar_articles()
    {
        await using var server = RunningServer.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "fr-FR" });
        var errors = CollectErrors(page);

        await page.GotoAsync(new Uri(server.BaseAddress, "/?q=IA+responsable&sort=date").ToString());

        var hits = page.Locator("#hits > li");
        await Expect(hits).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-sort=date]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#filters")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Artifact("search-page-phone.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide on a 390px screen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtres et tri" }).ClickAsync();
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Filtres et tri" })).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new() { Path = Artifact("search-page-phone-filters.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = SeedTitle }).ClickAsync();

        await Expect(page.Locator("#article-title")).ToHaveTextAsync(SeedTitle);
        await Expect(page.Locator("#article-body p").First).ToContainTextAsync("Le Maroc réaffirme");
        await Expect(page.Locator("#similar > li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifact("article-page-phone.png"), FullPage = true });
        await page.GoBackAsync();
        await Expect(hits).ToHaveCountAsync(3);
        Assert.Empty(errors);
    }

    /// <summary>Script errors and console errors (a failed load, a policy violation) seen by the page.</summary>
    internal static List<string> CollectErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }

    internal static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestMachine.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Screenshots kept after the run (tests/artifacts is git-ignored).</summary>
    internal static string Artifact(string name)
    {
        var folder = Path.Combine(TempFolder.RepoRoot, "tests", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
