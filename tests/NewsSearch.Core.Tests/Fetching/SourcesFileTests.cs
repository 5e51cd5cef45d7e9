using NewsSearch.Fetching;

namespace NewsSearch.Core.Tests.Fetching;

public sealed class SourcesFileTests
{
    [Fact]
    public void Opml_gives_every_feed_outline_with_its_outlet_nested_folders_included()
    {
        const string opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Abonnements</title></head><body>
              <outline text="Presse nationale">
                <outline type="rss" text="Le Monde" title="Le Monde - À la une" xmlUrl="https://www.lemonde.fr/rss/une.xml" htmlUrl="https://www.lemonde.fr"/>
                <outline type="rss" xmlUrl="https://www.francetvinfo.fr/titres.rss"/>
              </outline>
              <outline type="rss" text="Le Monde encore" xmlUrl="https://www.lemonde.fr/rss/une.xml"/>
            </body></opml>
            """;

        var feeds = SourcesFile.Parse(opml);

        Assert.Equal(
            [new FeedSource(new Uri("https://www.lemonde.fr/rss/une.xml"), "Le Monde"), new FeedSource(new Uri("https://www.francetvinfo.fr/titres.rss"))],
            feeds);
    }

    [Fact]
    public void Plain_text_gives_one_feed_per_line_without_comments_or_blank_lines()
    {
        var feeds = SourcesFile.Parse("# Presse\nhttps://www.lemonde.fr/rss/une.xml\n\n  https://www.liberation.fr/arc/outboundfeeds/rss/  \r\n# fin\n");

        Assert.Equal(["https://www.lemonde.fr/rss/une.xml", "https://www.liberation.fr/arc/outboundfeeds/rss/"], feeds.Select(f => f.Url.AbsoluteUri));
        Assert.All(feeds, f => Assert.Null(f.Outlet));
    }

    [Theory]
    [InlineData("ftp://example.org/feed.xml", "line 1")]
    [InlineData("https://example.org/a.xml\nnot a url", "line 2")]
    [InlineData("<opml><body><outline xmlUrl=\"file:///etc/passwd\"/></body></opml>", "file:///etc/passwd")]
    [InlineData("<opml><body><outline", "not valid OPML")]
    public void A_bad_address_or_bad_opml_is_a_usage_error_naming_where(string text, string expected) =>
        Assert.Contains(expected, Assert.ThrowsAny<ArgumentException>(() => SourcesFile.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_missing_or_empty_file_is_a_usage_error()
    {
        using var folder = new TempIndex();
        Assert.Contains("cannot be read", Assert.ThrowsAny<ArgumentException>(() => SourcesFile.Read(Path.Combine(folder.Path, "none.opml"))).Message, StringComparison.Ordinal);
        var empty = folder.WriteFile("sources.txt", "# nothing yet\n");
        Assert.Contains("lists no feed", Assert.ThrowsAny<ArgumentException>(() => SourcesFile.Read(empty)).Message, StringComparison.Ordinal);
    }
}
