using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsSearch.Search;
using NewsSearch.Server.Contracts;
using static Microsoft.Playwright.Assertions;

namespace NewsSearch.Server.Tests;

/// <summary>The page's handling of answers the seed index cannot produce (a spelling suggestion, year and month facets,
/// many pages, a hostile snippet), given by intercepting <c>/api/search</c> with objects of the real contract type.</summary>
public sealed class PageBehaviourTests
{
    [Fact]
    public async Task Suggestion_link_year_and_month_facets_and_paging_change_the_url_and_the_results()
    {
        await using var server = RunningServer.Start(withArticles: false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "fr-FR" });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.RouteAsync("**/api/search?**", route => route.FulfillAsync(new()
        {
            Status = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(Answer(new Uri(route.Request.Url)), SearchJson.SerializerOptions),
        }));

        await page.GotoAsync(new Uri(server.BaseAddress, "/?q=inteligence").ToString());

        var suggestion = page.Locator("#suggestion a");
        await Expect(suggestion).ToHaveTextAsync("intelligence");
        await suggestion.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=intelligence$"));
        await Expect(page.Locator("#suggestion")).ToBeHiddenAsync();
        await Expect(page.Locator("#hits mark").First).ToHaveTextAsync("intelligence");
        // A snippet with a tag other than <mark> is shown as the text it is, never as HTML.
        await Expect(page.Locator("#hits .snippet").Nth(1)).ToHaveTextAsync("&lt;img src=x onerror=alert(1)&gt; et <img src=x onerror=alert(1)>");
        await Expect(page.Locator("#hits img")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("page=2"));
        await Expect(page.Locator("#status")).ToContainTextAsync("25 résultats");
        await Expect(page.Locator("#hits > li").First.Locator("h3")).ToHaveTextAsync("Article 11");
        await Expect(page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("2");

        await page.Locator("[data-facet=years] button", new() { HasText = "2022" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("from=2022-01-01&to=2022-12-31$"));
        await Expect(page.Locator("#hits > li").First.Locator("h3")).ToHaveTextAsync("Article 1");

        await page.Locator("[data-facet=months] button", new() { HasText = "février 2024" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("from=2024-02-01&to=2024-02-29$"));
        await Expect(page.Locator("[data-facet=months] button[aria-pressed=true]")).ToContainTextAsync("février 2024");
        Assert.Equal(0, dialogs);
    }

    /// <summary>25 hits, ten a page; a suggestion for the misspelt query; year and month facets.</summary>
    private static SearchJson Answer(Uri url)
    {
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var q = query["q"] ?? "";
        var page = int.Parse(query["page"] ?? "1", CultureInfo.InvariantCulture);
        var hits = Enumerable.Range((page - 1) * 10 + 1, page == 3 ? 5 : 10).Select(rank => new HitJson(
            rank, $"a{rank}", 1.0 / rank, $"Article {rank}", "Le Petit Quotidien", "2022-06-15", null,
            rank % 2 == 0 ? "&lt;img src=x onerror=alert(1)&gt; et <img src=x onerror=alert(1)>" : $"… l'<mark>{q}</mark> artificielle …", Copies: 0, Explanation: null)).ToList();
        FacetCount[] years = [new("2024", 20), new("2022", 5)];
        FacetCount[] months = [new("2024-02", 20), new("2022-06", 5)];
        return new SearchJson(q, 25, page, 10, hits, [], q == "inteligence" ? "intelligence" : null, new FacetsJson([], years, months), 3.2, Articles: 25, Collapsed: false, ExpandedQuery: null);
    }
}
