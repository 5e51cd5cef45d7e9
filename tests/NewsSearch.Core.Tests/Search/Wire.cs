using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Search;

/// <summary>Wire stories: one text republished by several outlets with small edits, and distinct stories on the same topic.</summary>
public static class Wire
{
    public const string Story =
        "La sécheresse frappe durement les agriculteurs de la région de Souss-Massa cette année. Les barrages ne sont " +
        "remplis qu'à vingt pour cent de leur capacité, selon le ministère de l'Agriculture, qui annonce un plan d'urgence " +
        "pour l'irrigation des cultures maraîchères. Les producteurs d'agrumes craignent une baisse des exportations vers " +
        "l'Europe, tandis que les éleveurs dénoncent la hausse du prix des fourrages. Le gouvernement promet des aides " +
        "directes aux petites exploitations et un rééchelonnement des crédits agricoles.";

    public static NewsArticle Original => Some.Article("wire-1", "Sécheresse : plan d'urgence pour les agriculteurs du Souss", Story, "Le Matin", new DateOnly(2023, 3, 1));

    /// <summary>The same story, another headline, a word changed and a credit line added.</summary>
    public static NewsArticle Edited => Some.Article("wire-2", "Le Souss face à la sécheresse", "(MAP) " + Story.Replace("durement", "fortement", StringComparison.Ordinal), "Hespress", new DateOnly(2023, 3, 2));

    /// <summary>The same story with a sentence cut.</summary>
    public static NewsArticle Trimmed => Some.Article("wire-3", "Sécheresse dans le Souss", Story.Replace(" et un rééchelonnement des crédits agricoles", "", StringComparison.Ordinal), "L'Opinion", new DateOnly(2023, 3, 1));

    /// <summary>Another story on the same subject, written differently.</summary>
    public static NewsArticle Related => Some.Article("related", "Les barrages du Souss-Massa au plus bas",
        "Le taux de remplissage des barrages de la région de Souss-Massa est tombé à vingt pour cent. Les agriculteurs " +
        "de la région réclament de l'eau pour l'irrigation des agrumes et des cultures maraîchères, dont les exportations " +
        "vers l'Europe pourraient baisser. La sécheresse dure depuis trois ans.", "Médias24", new DateOnly(2023, 2, 20));

    /// <summary>Distinct stories on other subjects, long enough to get signatures.</summary>
    public static IEnumerable<NewsArticle> Others()
    {
        string[] bodies =
        [
            "Le match entre le Raja et le Wydad s'est terminé sur un score nul dans un stade plein. Les supporters ont chanté " +
            "pendant toute la rencontre, et l'entraîneur a salué l'engagement de ses joueurs malgré la fatigue accumulée.",
            "La Bourse de Casablanca a clôturé la semaine en hausse, portée par les valeurs bancaires et les cimentiers. Les " +
            "analystes attendent la publication des résultats semestriels avant de réviser leurs prévisions pour le marché.",
            "Le festival de musique d'Essaouira accueillera cette année des artistes venus de douze pays. Les organisateurs " +
            "annoncent des concerts gratuits sur la place Moulay Hassan et des ateliers pour les jeunes musiciens de la ville.",
            "Une nouvelle ligne de tramway reliera bientôt Rabat à Salé en passant par le pont Hassan II. Les travaux dureront " +
            "dix-huit mois et la municipalité promet des bus de remplacement pendant toute la durée du chantier dans la région.",
            "Le match de handball de la sélection nationale contre l'Égypte a tourné à l'avantage des visiteurs en seconde " +
            "période. Le sélectionneur regrette le manque de réalisme de son attaque et prépare déjà la prochaine compétition.",
        ];
        for (var i = 0; i < bodies.Length; i++)
        {
            yield return Some.Article($"other-{i}", $"Autre sujet {i}", bodies[i], "Le Matin", new DateOnly(2023, 1, 1).AddDays(i * 9));
        }
    }

    public static List<NewsArticle> All() => [Original, Edited, Trimmed, Related, .. Others()];
}
