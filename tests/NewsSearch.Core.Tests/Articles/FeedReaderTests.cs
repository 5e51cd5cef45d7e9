using System.Xml.Linq;
using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class FeedReaderTests
{
    private static List<ReadResult> Parse(string xml) => FeedReader.Parse("feed.xml", XDocument.Parse(xml, LoadOptions.SetLineInfo).Root!);

    private const string Rss = """
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Médias24 &amp; Co</title>
            <language>fr-FR</language>
            <item>
              <title>Bourse en hausse</title>
              <link>https://m24.example/bourse</link>
              <pubDate>Tue, 24 Oct 2023 23:45:00 -0500</pubDate>
              <description>&lt;p&gt;Le MASI gagne &lt;b&gt;1 %&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Banques &amp;amp; assurances en tête.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>
            </item>
            <item>
              <guid isPermaLink="false">m24-42</guid>
              <link>https://m24.example/taux</link>
              <title>Taux inchangé</title>
              <description>Résumé court</description>
              <content:encoded><![CDATA[<p>Le taux reste à 3&nbsp;%.</p>]]></content:encoded>
            </item>
            <item><link>https://m24.example/vide</link></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_item_becomes_an_article_with_channel_title_as_source_and_html_stripped()
    {
        var first = Parse(Rss)[0].Article!;
        Assert.Equal("https://m24.example/bourse", first.Id);
        Assert.Equal("https://m24.example/bourse", first.Url);
        Assert.Equal("Bourse en hausse", first.Title);
        Assert.Equal("Médias24 & Co", first.Source);
        Assert.Equal(new DateOnly(2023, 10, 24), first.Published);
        Assert.Equal("Le MASI gagne 1 %.\n\nBanques & assurances en tête.", first.Body);
        Assert.Equal("fr", first.Lang);
    }

    [Fact]
    public void Rss_guid_is_the_id_and_content_encoded_is_preferred_to_description()
    {
        var second = Parse(Rss)[1].Article!;
        Assert.Equal("m24-42", second.Id);
        Assert.Equal("Le taux reste à 3 %.", second.Body); // a no-break space is spacing like any other
        Assert.Null(second.Published);
    }

    [Fact]
    public void Rss_item_without_title_and_body_is_skipped_with_its_line()
    {
        var skipped = Parse(Rss)[2].Skipped!;
        Assert.Equal("no title and no body", skipped.Reason);
        Assert.Equal(18, skipped.Line);
    }

    [Fact]
    public void Atom_entries_use_entry_id_alternate_link_published_date_and_html_or_xhtml_content()
    {
        var results = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-CA">
              <title type="text">TelQuel</title>
              <entry>
                <title type="html">Palmarès &lt;em&gt;dévoilé&lt;/em&gt;</title>
                <id>urn:tq:1</id>
                <link rel="self" href="https://tq.example/api/1"/>
                <link rel="alternate" href="https://tq.example/palmares"/>
                <published>2023-10-26T23:30:00-05:00</published>
                <updated>2023-11-02T08:00:00Z</updated>
                <content type="html">&lt;p&gt;L&amp;#39;Étoile d&amp;#39;or.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Barrages</title>
                <link href="https://tq.example/barrages"/>
                <updated>2023-10-27T12:00:00Z</updated>
                <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Sous les <b>30 %</b>.</p></div></summary>
              </entry>
            </feed>
            """);
        var first = results[0].Article!;
        Assert.Equal(("urn:tq:1", "Palmarès dévoilé", "TelQuel", "https://tq.example/palmares"), (first.Id, first.Title, first.Source, first.Url));
        Assert.Equal(new DateOnly(2023, 10, 26), first.Published);
        Assert.Equal("L'Étoile d'or.", first.Body);
        Assert.Equal("fr", first.Lang);
        var second = results[1].Article!;
        Assert.Equal(("https://tq.example/barrages", "Sous les 30 %.", new DateOnly(2023, 10, 27)), (second.Id, second.Body, second.Published!.Value));
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_skipped_as_unsupported()
    {
        var result = Assert.Single(Parse("<catalog><book/></catalog>"));
        Assert.StartsWith("unsupported format", result.Skipped!.Reason);
    }

    [Fact]
    public void Malformed_feed_file_is_skipped_as_invalid_xml()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("cut.rss", "<?xml version=\"1.0\"?>\n<rss><channel><title>X</title><item><title>Coupé");
        var result = Assert.Single(new FeedReader().Read(path, CancellationToken.None));
        Assert.StartsWith("invalid XML", result.Skipped!.Reason);
    }

    [Fact]
    public void Feed_with_a_doctype_is_read_without_resolving_it()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("dtd.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><item><title>Ancien</title><description>Texte</description></item></channel></rss>
            """);
        var result = Assert.Single(new FeedReader().Read(path, CancellationToken.None));
        Assert.Equal("Ancien", result.Article!.Title);
    }
}
