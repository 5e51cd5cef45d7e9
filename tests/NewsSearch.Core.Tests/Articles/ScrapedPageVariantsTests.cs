using System.Text;
using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class ScrapedPageVariantsTests
{
    private const string Ticker = "Premier titre du bandeau    Deuxième titre du bandeau    Troisième titre";

    [Theory]
    [InlineData("Publié dans Hespress le 24/10/2023", "Hespress")]
    [InlineData("Publié dans Le Matin le 24 octobre 2023", "Le Matin")]
    [InlineData("Publié dans L'Économiste le mardi 24 octobre 2023", "L'Économiste")]
    [InlineData("Publié dans Le Monde le 24 - 10 - 2023", "Le Monde")]
    [InlineData("Publié dans Sud Quotidien le journal du Sénégal le 24 - 10 - 2023", "Sud Quotidien le journal du Sénégal")]
    [InlineData("Publié par Le Soir le quotidien le 24/10/2023 à 10h30", "Le Soir le quotidien")]
    public void Outlet_and_date_variants_are_read(string publishedLine, string source)
    {
        var article = ScrapedPageReader.Parse("p", $"{Ticker}\n\nTitre de l'article\n{publishedLine}\n\nCorps.\n")!;
        Assert.Equal(("Titre de l'article", source, new DateOnly(2023, 10, 24), "Corps."), (article.Title, article.Source, article.Published!.Value, article.Body));
    }

    [Fact]
    public void Page_without_date_line_or_footer_keeps_title_and_all_paragraphs()
    {
        var article = ScrapedPageReader.Parse("p", $"{Ticker}\n\nTitre seul\n\nUn.\n\nSous-titre A\nDeux.\nSous-titre B\nTrois.")!;
        Assert.Equal("Titre seul", article.Title);
        Assert.Equal("Un.\n\nSous-titre A\n\nDeux.\n\nSous-titre B\n\nTrois.", article.Body);
        Assert.Null(article.Published);
        Assert.Null(article.Source);
    }

    [Fact]
    public void Windows_1252_file_with_crlf_is_decoded()
    {
        using var index = new TempIndex();
        var text = "Titre : l’été à Fès\r\nPublié dans L'opinion le 24 - 10 - 2023\r\n\r\nÇa chauffe « fort ».\r\n";
        var path = index.WriteBytes("cp1252.txt", TextDecoding.Windows1252.GetBytes(text));
        var article = Assert.Single(new ArticleFileReader().Read(path)).Article!;
        Assert.Equal(("Titre : l’été à Fès", "Ça chauffe « fort »."), (article.Title, article.Body));
    }

    [Fact]
    public void Utf8_file_with_bom_is_decoded_without_the_bom()
    {
        using var index = new TempIndex();
        var path = index.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Titre\nPublié dans X le 24/10/2023\nCorps.")]);
        Assert.Equal("Titre", Assert.Single(new ArticleFileReader().Read(path)).Article!.Title);
    }
}
