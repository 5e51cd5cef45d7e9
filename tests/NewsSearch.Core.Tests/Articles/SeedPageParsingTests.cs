using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class SeedPageParsingTests
{
    private static NewsArticle Seed() =>
        Assert.Single(new ArticleFileReader().Read(Some.SeedPath)).Article ?? throw new InvalidOperationException("seed not read");

    [Fact]
    public void Seed_page_yields_title_source_date_and_id()
    {
        var article = Seed();
        Assert.Equal(Some.SeedId, article.Id);
        Assert.Equal("Intelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA", article.Title);
        Assert.Equal("L'opinion", article.Source);
        Assert.Equal(new DateOnly(2023, 10, 24), article.Published);
    }

    [Fact]
    public void Seed_body_runs_from_the_first_to_the_last_sentence_of_the_article_with_its_sub_heading()
    {
        var body = Seed().Body;
        Assert.StartsWith("Le Maroc réaffirme sa détermination à consolider son rôle", body, StringComparison.Ordinal);
        Assert.EndsWith("nous devons être prêts à relever ces défis ».", body, StringComparison.Ordinal);
        Assert.Contains("\n\nUne IA Homemade au Maroc\n\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Regragui")]
    [InlineData("Invest In Senegal")]
    [InlineData("Merci d'avoir signalé")]
    [InlineData("Cette image sera automatiquement bloquée")]
    [InlineData("Cliquez ici")]
    [InlineData("Publié dans")]
    public void Seed_body_holds_nothing_of_the_ticker_boilerplate_or_footer(string text)
    {
        var article = Seed();
        Assert.DoesNotContain(text, article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(text, article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_bom_typographic_apostrophes_and_another_source_are_read()
    {
        var page = "\uFEFFUne    Autre    Manchette    Encore\r\n\r\n\r\nMerci d’avoir signalé!\r\nLe titre de l’article\r\nPublié dans Le Matin le 3 - 2 - 2024\r\n\r\nPremier paragraphe.\r\n\r\n\r\nSecond paragraphe.\r\nCliquez ici pour lire l’article depuis sa source.\r\n";
        var article = ScrapedPageReader.Parse("x", page)!;
        Assert.Equal("Le titre de l’article", article.Title);
        Assert.Equal("Le Matin", article.Source);
        Assert.Equal(new DateOnly(2024, 2, 3), article.Published);
        Assert.Equal("Premier paragraphe.\n\nSecond paragraphe.", article.Body);
    }

    [Fact]
    public void Page_without_date_line_takes_the_first_content_line_as_title()
    {
        var page = "Manchette A    Manchette B    Manchette C\n\nLe titre seul\nLe corps de l'article.\n";
        var article = ScrapedPageReader.Parse("x", page)!;
        Assert.Equal("Le titre seul", article.Title);
        Assert.Null(article.Published);
        Assert.Null(article.Source);
        Assert.Equal("Le corps de l'article.", article.Body);
    }

    [Fact]
    public void Page_with_only_boilerplate_has_no_article()
    {
        Assert.Null(ScrapedPageReader.Parse("x", "\n\nMerci d'avoir signalé!\nCliquez ici pour lire l'article depuis sa source.\n"));
    }

    [Fact]
    public void Windows_1252_page_is_decoded()
    {
        using var temp = new TempIndex();
        var text = "Élections à Dakar\nPublié dans Le Soleil le 01 - 03 - 2024\nLe scrutin s’est déroulé dans le calme.\n";
        var path = temp.WriteBytes("latin.txt", TextDecoding.Windows1252.GetBytes(text));
        var article = Assert.Single(new ArticleFileReader().Read(path)).Article!;
        Assert.Equal("Élections à Dakar", article.Title);
        Assert.Equal("Le scrutin s’est déroulé dans le calme.", article.Body);
    }
}
