using System.Text.RegularExpressions;

namespace NewsSearch.Server.Tests;

public sealed partial class PageTests
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/dom.js", "text/javascript")]
    [InlineData("/state.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task Page_files_are_served_with_a_policy_that_allows_only_this_server(string path, string mediaType)
    {
        await using var server = RunningServer.Start(withArticles: false);

        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotMatch(ExternalReference(), text);
    }

    [Fact]
    public async Task Page_is_not_sent_again_when_the_browser_has_it()
    {
        await using var server = RunningServer.Start(withArticles: false);
        using var first = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await server.Client.SendAsync(again);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
    }

    // Any absolute address the page would load from elsewhere (a CDN, a font service).
    [GeneratedRegex(@"(src|href|url)\s*[=(]\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
