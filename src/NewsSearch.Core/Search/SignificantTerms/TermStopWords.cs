using NewsSearch.Analysis;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Words never listed as characteristic: the analyzer's French stop words (never indexed), and the common
/// words news text uses whatever the story (adverbs, auxiliaries, reporting verbs, numbers in words, days and months),
/// which a small match set can over-represent by chance. Compared lower-cased and without accents.</summary>
internal static class TermStopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a ai ainsi alors apres assez au aucun aucune aujourd aupres aussi autant autre autres aux avait avant avec avoir
        beaucoup bien car ce cela celle celles celui cependant certains certaines ces cet cette ceux chaque chez ci comme
        comment contre d dans de depuis des deja deux dont doit donc du durant elle elles en encore entre est et etaient
        etait etre eu faire fait faut fois font hier ici il ils jamais je jusqu l la le les leur leurs lors lorsqu lui
        mais malgre me meme memes moins mon ne ni non nos notamment notre nous on ont ou oui par parce parmi pas pendant
        peu peut peuvent plus plusieurs pour pourquoi pourrait pres puis qu quand que quel quelle quelles quels qui quoi
        sa sans se selon ses seulement si sien soit son sont sous souvent sur ta tandis tant tel telle tels tes toujours
        tous tout toute toutes tres trop un une vers via voici voila vos votre vous y
        afp dit dire declare estime indique explique ajoute affirme precise souligne rappelle annonce
        an ans annee annees jour jours mois semaine semaines heure heures minutes fin debut cours part
        premier premiere premiers premieres dernier derniere derniers dernieres nouveau nouvelle nouveaux nouvelles
        deux trois quatre cinq six sept huit neuf dix cent cents mille million millions milliard milliards
        lundi mardi mercredi jeudi vendredi samedi dimanche
        janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Whether a written word is a stop word.</summary>
    public static bool Contains(string written)
    {
        var folded = AccentFolding.Fold(written.ToLowerInvariant());
        return Words.Contains(folded) || FrenchNewsAnalyzer.StopWords.Contains(folded);
    }
}
