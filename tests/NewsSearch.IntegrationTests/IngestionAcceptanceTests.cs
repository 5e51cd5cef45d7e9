using System.Text;
using System.Text.Json;
using NewsSearch.Articles;

namespace NewsSearch.IntegrationTests;

public sealed class IngestionAcceptanceTests
{
    private static async Task<(JsonElement Summary, TempFolder Folder)> IndexMixedFolderAsync()
    {
        var folder = new TempFolder(withSeeds: true);
        var sources = Path.Combine(folder.Path, "seeds");
        foreach (var fixture in Directory.GetFiles(IngestionSupport.FixturesFolder))
        {
            File.Copy(fixture, Path.Combine(sources, Path.GetFileName(fixture)));
        }

        var latin1 = "<html><head><meta charset=\"iso-8859-1\"><title>Été brûlant à Fès</title><meta property=\"og:site_name\" content=\"L'Économiste\"></head>"
            + "<body><article><p>La chaleur a dépassé 45 degrés à Fès, un record pour un mois d'août.</p></article><time datetime=\"2023-08-12\">12 août</time></body></html>";
        File.WriteAllBytes(Path.Combine(sources, "latin1.html"), Encoding.Latin1.GetBytes(latin1));
        File.WriteAllBytes(Path.Combine(sources, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(sources, "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);
        File.WriteAllText(Path.Combine(sources, "truncated.jsonl"), "{\"id\": \"tr-1\", \"title\": \"Début complet\", \"body\": \"Une ligne entière.\"}\n{\"id\": \"tr-2\", \"title\": \"Coup");
        var result = await Cli.RunAsync(folder.Path, "index", "--index", "idx", "--json");
        return (IngestionSupport.Json(result), folder);
    }

    [Fact]
    public async Task Mixed_folder_indexes_every_good_article_and_skips_each_bad_file_with_its_reason()
    {
        var (summary, folder) = await IndexMixedFolderAsync();
        using (folder)
        {
            // seed 1, JSON Lines 2, RSS 2, Atom 2, HTML 2, Latin-1 page 1, JSON array 2, truncated file's good line 1.
            Assert.Equal(13, summary.GetProperty("added").GetInt32());
            Assert.Equal(13, summary.GetProperty("documents").GetInt32());
            var skipped = summary.GetProperty("skipped").EnumerateArray()
                .Select(s => (Path.GetFileName(s.GetProperty("path").GetString()!), s.GetProperty("reason").GetString()!)).ToList();
            Assert.Equal(3, skipped.Count);
            Assert.Contains(("empty.txt", "empty file"), skipped);
            Assert.Contains(("photo.jpg", "binary content"), skipped);
            Assert.Contains(skipped, s => s.Item1 == "truncated.jsonl" && s.Item2.StartsWith("invalid JSON", StringComparison.Ordinal));

            using var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "idx"));
            Expect(engine, "000_fd615342fcc12f0f", "Intelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA", "L'opinion", new(2023, 10, 24), "Le Maroc réaffirme sa détermination");
            Expect(engine, "jl-port", "Le port de Tanger Med bat un record de trafic", "Le Matin", new(2023, 10, 20), "Le port de Tanger Med a traité");
            Expect(engine, "jl-pluie", "Des pluies abondantes attendues dans le Nord", "Hespress", new(2023, 10, 21), "La météo annonce");
            Expect(engine, "https://medias24.example/bourse-hausse", "La Bourse de Casablanca termine en hausse", "Médias24 & Économie", new(2023, 10, 24),
                "Le MASI a gagné 1,2 % à la clôture.\n\nLes valeurs bancaires ont mené la séance & le volume a doublé.", exactBody: true);
            Expect(engine, "medias24-inflation-2023", "Inflation : la banque centrale maintient son taux directeur", "Médias24 & Économie", new(2023, 10, 25),
                "Bank Al-Maghrib a décidé de maintenir son taux directeur à 3 %.\n\nL’inflation ralentit depuis l’été.", exactBody: true);
            Expect(engine, "urn:telquel:festival-palmares", "Festival du film : le palmarès dévoilé", "TelQuel", new(2023, 10, 26),
                "Le jury du festival a remis l'Étoile d'or à un premier film.\n\nLa cérémonie s'est tenue samedi soir.", exactBody: true);
            Expect(engine, "urn:telquel:secheresse-barrages", "Sécheresse : les barrages à un niveau bas", "TelQuel", new(2023, 10, 27), "Le taux de remplissage des barrages reste sous les 30 %.", exactBody: true);
            Expect(engine, "page-og", "Le TGV Al Boraq prolongé jusqu'à Marrakech", "Le360", new(2023, 10, 22),
                "Le ministère du Transport a confirmé l'extension de la ligne à grande vitesse.\n\nUn chantier de cinq ans\n\nLes travaux devraient durer cinq ans & mobiliser des milliers d'ouvriers.", exactBody: true);
            Expect(engine, "page-plain", "Rentrée scolaire : les nouveautés du ministère", null, new(2023, 9, 4), "Le ministère de l'Éducation nationale a présenté");
            Expect(engine, "latin1", "Été brûlant à Fès", "L'Économiste", new(2023, 8, 12), "La chaleur a dépassé 45 degrés à Fès, un record pour un mois d'août.", exactBody: true);
            Expect(engine, "arr-1", "Le Raja remporte le derby", "Le Matin", new(2023, 10, 24), "Le Raja de Casablanca");
            Expect(engine, "arr-2", "Hausse du prix des carburants", "Le Matin", new(2023, 10, 23), "Les prix à la pompe");
            Expect(engine, "tr-1", "Début complet", null, null, "Une ligne entière.");
            Assert.Equal("https://le360.example/tgv-marrakech", engine.GetArticle("page-og")!.Url);
            Assert.Equal("https://hespress.example/rentree-nouveautes", engine.GetArticle("page-plain")!.Url);
        }
    }

    [Fact]
    public async Task Mixed_folder_indexed_again_reports_every_article_unchanged_and_reads_only_the_unusable_files()
    {
        var (_, folder) = await IndexMixedFolderAsync();
        using (folder)
        {
            var second = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--index", "idx", "--json"));
            Assert.Equal((13, 0, 0, 0), (second.GetProperty("unchanged").GetInt32(), second.GetProperty("added").GetInt32(),
                second.GetProperty("updated").GetInt32(), second.GetProperty("deleted").GetInt32()));
            // The empty and binary files hold nothing indexed, so they are looked at again and still skipped;
            // the truncated file is unchanged and its good article indexed, so it is not read again.
            Assert.Equal(2, second.GetProperty("skipped").GetArrayLength());
            Assert.Equal(2, second.GetProperty("filesRead").GetInt32());
        }
    }

    private static void Expect(NewsSearchEngine engine, string id, string title, string? source, DateOnly? published, string body, bool exactBody = false)
    {
        var article = engine.GetArticle(id);
        Assert.True(article is not null, $"{id} is not in the index");
        Assert.Equal((title, source, published), (article.Title, article.Source, article.Published));
        if (exactBody)
        {
            Assert.Equal(body, article.Body);
        }
        else
        {
            Assert.StartsWith(body, article.Body, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixture_folder_is_copied_beside_the_tests()
    {
        Assert.True(new ArticleFileReader().Read(Path.Combine(IngestionSupport.FixturesFolder, "feed.atom")).All(r => r.Article is not null));
    }
}
