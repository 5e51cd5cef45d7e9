using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Xml.Linq;
using NewsSearch.Articles;
using NewsSearch.IntegrationTests;

namespace NewsSearch.Server.Tests;

public sealed class WatchEndpointTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_watch_posted_by_the_page_is_listed_with_its_feed_address()
    {
        await using var server = RunningServer.Start();

        using var created = await server.Client.PostAsJsonAsync(new Uri("/api/watches", UriKind.Relative), new { name = "ia", query = "intelligence artificielle", sources = new[] { "Le Petit Quotidien" } });
        var list = await server.GetJson("/api/watches");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/watches/ia", created.Headers.Location?.ToString());
        var watch = Assert.Single(list.GetProperty("watches").EnumerateArray());
        Assert.Equal(("ia", "intelligence artificielle", "/api/watches/ia/feed.atom"), (watch.GetProperty("name").GetString(), watch.GetProperty("query").GetString(), watch.GetProperty("feed").GetString()));
        Assert.Equal("Le Petit Quotidien", watch.GetProperty("sources")[0].GetString());
    }

    [Fact]
    public async Task Posts_from_another_site_bad_names_taken_names_and_forms_are_refused()
    {
        await using var server = RunningServer.Start();
        await server.Client.PostAsJsonAsync(new Uri("/api/watches", UriKind.Relative), new { name = "ia", query = "IA" });

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/watches", UriKind.Relative)) { Content = JsonContent.Create(new { name = "evil", query = "IA" }) };
        crossSite.Headers.Add("Origin", "http://evil.test");
        using var forbidden = await server.Client.SendAsync(crossSite);
        using var badName = await server.Client.PostAsJsonAsync(new Uri("/api/watches", UriKind.Relative), new { name = "mon veille", query = "IA" });
        using var taken = await server.Client.PostAsJsonAsync(new Uri("/api/watches", UriKind.Relative), new { name = "ia", query = "autre" });
        using var form = await server.Client.PostAsync(new Uri("/api/watches", UriKind.Relative), new FormUrlEncodedContent([new("name", "form"), new("query", "IA")]));

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.UnsupportedMediaType),
            (forbidden.StatusCode, badName.StatusCode, taken.StatusCode, form.StatusCode));
        Assert.Equal(["ia"], server.Engine.Watches.List().Select(w => w.Name));
    }

    [Fact]
    public async Task The_feed_is_atom_that_the_feed_reader_reads_back_and_answers_304_until_something_new_is_indexed()
    {
        await using var server = RunningServer.Start();
        server.Engine.Watches.Add("ia", "intelligence artificielle");

        using var response = await server.Client.GetAsync(new Uri("/api/watches/ia/feed.atom", UriKind.Relative));
        var xml = await response.Content.ReadAsStringAsync();
        var etag = response.Headers.ETag!;
        var lastModified = response.Content.Headers.LastModified!.Value;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.All(new[] { "id", "title", "updated", "author" }, name => Assert.NotNull(feed.Element(Atom + name)));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.StartsWith("urn:newssearch:article:", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "link")!.Attribute("href")!.Value, UriKind.Absolute));
            Assert.NotNull(entry.Element(Atom + "summary"));
        });

        // The project's own feed reader reads it as articles: ids, titles, links and dates come back.
        var articles = FeedReader.Parse("feed.atom", feed).Select(r => r.Article).ToList();
        Assert.All(articles, Assert.NotNull);
        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value), articles.Select(a => a!.Id));
        Assert.Contains(articles, a => a!.Url == $"{server.BaseAddress}?article=pq-ia-ecoles" && a.Title == "Des robots dans les écoles");
        Assert.All(articles, a => Assert.NotNull(a!.Published));

        Assert.Equal(HttpStatusCode.NotModified, await Conditional(server, r => r.Headers.IfNoneMatch.Add(etag)));
        Assert.Equal(HttpStatusCode.NotModified, await Conditional(server, r => r.Headers.IfModifiedSince = lastModified));

        server.Engine.IndexArticles([new NewsArticle { Id = "nouveau", Title = "L'intelligence artificielle à l'école", Body = "Une intelligence artificielle corrige les copies.", Source = "Le Matin", Published = new DateOnly(2024, 1, 2) }]);
        using var changed = await server.Client.SendAsync(Request(r => r.Headers.IfNoneMatch.Add(etag)));
        var newest = XDocument.Parse(await changed.Content.ReadAsStringAsync()).Root!.Element(Atom + "entry")!;

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal("urn:newssearch:article:nouveau", newest.Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task An_unknown_watch_has_no_feed()
    {
        await using var server = RunningServer.Start();

        var (status, type, _) = await server.GetProblem("/api/watches/inconnue/feed.atom");

        Assert.Equal((404, "application/problem+json"), (status, type));
    }

    private static async Task<HttpStatusCode> Conditional(RunningServer server, Action<HttpRequestMessage> condition)
    {
        using var response = await server.Client.SendAsync(Request(condition));
        return response.StatusCode;
    }

    private static HttpRequestMessage Request(Action<HttpRequestMessage> condition)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/watches/ia/feed.atom", UriKind.Relative));
        condition(request);
        return request;
    }
}
