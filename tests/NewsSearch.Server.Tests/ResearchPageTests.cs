using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NewsSearch.Server.Tests;

/// <summary>The search page's export links and "Suivre cette recherche", in a real browser against the real server.</summary>
public sealed class ResearchPageTests
{
    [Fact]
    public async Task The_page_exports_the_current_search_and_saves_it_as_a_watch_showing_its_feed()
    {
        await using var server = RunningServer.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "fr-FR", AcceptDownloads = true });

        await page.GotoAsync(new Uri(server.BaseAddress, "/?q=intelligence%20artificielle&source=Le%20Petit%20Quotidien").ToString());
        await Expect(page.Locator("#hits > li")).ToHaveCountAsync(2);

        var csv = page.GetByRole(AriaRole.Link, new() { Name = "Exporter (CSV)" });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Exporter (JSON Lines)" })).ToHaveAttributeAsync("href", new Regex("format=jsonl"));
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        Assert.Equal("newssearch-intelligence-artificielle.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Contains("Le Petit Quotidien", l, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Button, new() { Name = "Suivre cette recherche" }).ClickAsync();
        await Expect(page.Locator("#watch-name")).ToHaveValueAsync("intelligence-artificielle");
        await page.Locator("#watch-name").FillAsync("robots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suivre", Exact = true }).ClickAsync();

        var feed = page.Locator("#watch-result a");
        await Expect(feed).ToHaveTextAsync(new Uri(server.BaseAddress, "/api/watches/robots/feed.atom").ToString());
        var watch = Assert.Single(server.Engine.Watches.List());
        Assert.Equal(("robots", "intelligence artificielle", "Le Petit Quotidien"), (watch.Name, watch.Query, watch.Sources.Single()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Suivre", Exact = true }).ClickAsync();
        await Expect(page.Locator("#watch-result .error")).ToContainTextAsync("already exists");
    }
}
