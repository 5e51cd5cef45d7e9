using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Rescoring;

/// <summary>A two-concept query where one concept is rare ("IA") and the other common ("responsable"): articles
/// about the rare concept (in their title or first paragraph) rank above one whose title holds the common word and
/// whose body names the rare one only in passing.</summary>
public sealed class RareConceptTests
{
    private const string Passing =
        "Les chercheurs ont interrogé deux mille salariés dans quarante entreprises de toutes tailles, du commerce à "
        + "l'industrie, pendant six mois. Les réponses varient selon l'âge, le métier et la région. ";

    private static readonly NewsArticle[] Articles =
    [
        // The common word in a short title, the rare concept once, deep in a long body.
        Some.Article("title-common", "L'entreprise, responsable du bonheur des salariés",
            "Selon un sondage, la majorité des salariés plébiscite un fonctionnement plus démocratique.\n\n"
            + string.Concat(Enumerable.Repeat(Passing, 4)) + "Quelques-uns citent l'IA parmi leurs craintes."),
        Some.Article("about-title", "L'intelligence artificielle entre à l'hôpital",
            "Les hôpitaux de la région testent un logiciel qui lit les radios des poumons.\n\n"
            + Passing + "Un usage responsable reste à définir, selon le ministre."),
        Some.Article("about-lead", "Les banques changent de méthode",
            "Les banques confient désormais l'examen des prêts à l'IA, sous le regard du régulateur.\n\n"
            + Passing + "Le régulateur demande un outil responsable et transparent."),
        Some.Article("about-lead-2", "Un rapport sur les algorithmes publics",
            "Le rapport remis mardi juge l'intelligence artificielle prometteuse pour les services de l'État.\n\n"
            + Passing + "Le gouvernement se dit responsable de son bon usage."),
        .. Enumerable.Range(1, 40).Select(i => Some.Article($"filler-{i}", $"Budget de la commune {i}",
            $"Le responsable des finances de la commune {i} a présenté le budget de l'année.")),
    ];

    [Theory]
    [InlineData("IA responsable")]
    [InlineData("intelligence artificielle responsable")]
    public void Articles_about_the_rare_concept_rank_above_one_holding_the_common_word_in_its_title(string query)
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles(Articles);

        var top = engine.Search(query).Hits.Take(3).Select(h => h.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["about-lead", "about-lead-2", "about-title"], top);
    }

    [Fact]
    public void Counting_every_mention_alike_and_each_field_s_own_rarity_ranks_the_title_word_above_articles_about_the_concept()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions
        {
            TitleRarityFromBody = false, LeadBoost = 0, PassingMentionShare = 1, RarityPower = 1,
        });
        engine.IndexArticles(Articles);

        Assert.Contains("title-common", engine.Search("IA responsable").Hits.Take(3).Select(h => h.Id));
    }

    private static NewsSearchEngine Open(TempIndex temp, RankingOptions ranking) => NewsSearchEngine.Open(
        Path.Combine(temp.Path, "index"),
        new NewsSearchOptions { Ranking = ranking, Indexing = new IndexingOptions { WriterThreads = 1 } });
}
