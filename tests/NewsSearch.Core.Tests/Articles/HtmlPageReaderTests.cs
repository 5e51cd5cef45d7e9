using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class HtmlPageReaderTests
{
    [Fact]
    public void Open_graph_metadata_gives_title_source_url_and_date()
    {
        var article = HtmlPageReader.Parse("page", """
            <html lang="fr-MA"><head>
              <title>Autre titre | Site</title>
              <meta property="og:title" content="Le TGV prolongé">
              <meta property="og:site_name" content="Le360">
              <meta property="og:url" content="https://le360.example/tgv">
              <meta property="article:published_time" content="2023-10-22T07:30:00+01:00">
            </head><body><article><p>Texte.</p></article></body></html>
            """)!;
        Assert.Equal(("page", "Le TGV prolongé", "Le360", "https://le360.example/tgv", "fr"), (article.Id, article.Title, article.Source, article.Url, article.Lang));
        Assert.Equal(new DateOnly(2023, 10, 22), article.Published);
    }

    [Fact]
    public void Body_comes_from_the_article_element_without_scripts_navigation_ads_or_comments()
    {
        var article = HtmlPageReader.Parse("page", """
            <html><head><title>T</title><script>var x = "script";</script></head><body>
              <nav>Accueil Rubriques</nav>
              <article>
                <h1>T</h1>
                <header><time datetime="2023-10-01">1 oct.</time> Par la rédaction</header>
                <p>Premier   paragraphe &amp; suite.</p>
                <div class="ad-banner">PUBLICITÉ</div>
                <h2>Intertitre</h2>
                <p>Second <a href="#">paragraphe</a>.</p>
                <aside>À lire aussi</aside>
                <div id="comments"><p>Un commentaire de lecteur</p></div>
                <!-- un commentaire HTML -->
                <style>p { color: red }</style>
              </article>
              <footer>Mentions légales</footer>
            </body></html>
            """)!;
        Assert.Equal("Premier paragraphe & suite.\n\nIntertitre\n\nSecond paragraphe.", article.Body);
        Assert.Equal(new DateOnly(2023, 10, 1), article.Published);
    }

    [Fact]
    public void Without_article_element_the_block_with_most_paragraph_text_is_the_body()
    {
        var article = HtmlPageReader.Parse("plain", """
            <html><head><title>Rentrée scolaire</title><link rel="canonical" href="https://h.example/rentree"></head><body>
              <div class="sidebar"><p>Les plus lus : un titre très long qui ne fait pas partie de l'article du tout.</p></div>
              <div id="content"><p>Le ministère présente la rentrée.</p><p>Avec de nouveaux manuels.</p></div>
              <div><p>Court.</p></div>
            </body></html>
            """)!;
        Assert.Equal(("Rentrée scolaire", "https://h.example/rentree"), (article.Title, article.Url));
        Assert.Equal("Le ministère présente la rentrée.\n\nAvec de nouveaux manuels.", article.Body);
        Assert.Null(article.Published);
        Assert.Null(article.Source);
    }

    [Fact]
    public void Page_without_title_or_text_is_skipped()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("vide.html", "<html><head></head><body><script>x()</script></body></html>");
        var result = Assert.Single(new HtmlPageReader().Read(path, CancellationToken.None));
        Assert.Equal("no title and no body", result.Skipped!.Reason);
    }

    [Fact]
    public void Latin1_page_is_decoded()
    {
        using var index = new TempIndex();
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>Été à Fès</title></head><body><p>Chaleur d'août.</p></body></html>";
        var path = index.WriteBytes("latin1.html", System.Text.Encoding.Latin1.GetBytes(html));
        var article = Assert.Single(new ArticleFileReader().Read(path)).Article!;
        Assert.Equal(("latin1", "Été à Fès", "Chaleur d'août."), (article.Id, article.Title, article.Body));
    }
}
