using NewsSearch.Fetching;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>robots.txt as RFC 9309 reads it.</summary>
public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string token = "NewsSearch") =>
        RobotsTxt.Parse(robots, token).IsAllowed(new Uri("https://example.org" + path));

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/page.html", false)]
    [InlineData("/private/public/page.html", true)]
    [InlineData("/private", true)]
    public void The_longest_matching_rule_wins(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /private/\nAllow: /private/public/\n", path));

    [Fact]
    public void An_allow_wins_a_tie() => Assert.True(Allowed("User-agent: *\nDisallow: /page\nAllow: /page\n", "/page"));

    [Theory]
    [InlineData("/fr/article.pdf", false)]
    [InlineData("/fr/article.pdf?x=1", true)]
    [InlineData("/fr/article.html", true)]
    [InlineData("/search?q=paris", false)]
    public void Star_matches_any_characters_and_dollar_the_end(string path, bool allowed) =>
        Assert.Equal(allowed, Allowed("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?*\n", path));

    [Fact]
    public void The_group_naming_the_crawler_replaces_the_star_group()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nUser-agent: newssearch\nDisallow: /admin\n";
        Assert.True(Allowed(robots, "/article"));
        Assert.False(Allowed(robots, "/admin/users"));
        Assert.False(Allowed(robots, "/article", token: "OtherBot"));
    }

    [Fact]
    public void Groups_naming_the_crawler_twice_are_combined_and_product_versions_ignored()
    {
        const string robots = "User-agent: NewsSearch/2.0\nDisallow: /a\n\nUser-agent: *\nDisallow: /c\n\nUser-agent: NewsSearch\nDisallow: /b\n";
        Assert.False(Allowed(robots, "/a"));
        Assert.False(Allowed(robots, "/b"));
        Assert.True(Allowed(robots, "/c"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_comments_and_unknown_lines_are_ignored() =>
        Assert.True(Allowed("# robots\nSitemap: https://example.org/s.xml\nUser-agent: * # all\nDisallow:\nNoindex: /x\n", "/x"));

    [Fact]
    public void Percent_encodings_and_non_ascii_paths_compare_as_the_same_address()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: /actualit%C3%A9s/\n", "/actualités/une"));
        Assert.False(Allowed("User-agent: *\nDisallow: /actualités/\n", "/actualit%c3%a9s/une"));
        Assert.False(Allowed("User-agent: *\nDisallow: /%7Ejoe/\n", "/~joe/index.html"));
    }

    [Fact]
    public void Robots_txt_itself_is_always_allowed_and_an_unreachable_one_disallows_the_rest()
    {
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(new Uri("https://example.org/article")));
        Assert.True(RobotsTxt.AllowAll.IsAllowed(new Uri("https://example.org/article")));
    }

    [Fact]
    public void Crawl_delay_of_the_applicable_group_is_read() =>
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxt.Parse("User-agent: *\nCrawl-delay: 9\n\nUser-agent: NewsSearch\nCrawl-delay: 2.5\nDisallow: /x\n", "NewsSearch").CrawlDelay);

    [Fact]
    public void No_group_at_all_allows_everything() => Assert.True(Allowed("Disallow: /\n", "/article"));
}
