namespace NewsSearch.Search.Rescoring;

/// <summary>What the rescoring of the top hits looks for: the query's concepts, stemmed as the title and body are,
/// and its plain words in the order typed, unstemmed as the exact field holds them.</summary>
/// <param name="Concepts">Each concept of the query (question words left out) as its ways of matching: the stems of
/// the typed words, of each synonym, of a spelling correction. A concept is held when any way is held whole.</param>
/// <param name="Runs">Each run of consecutive plain words, as exact-field words, question and stop words included:
/// the pairs of neighbours are looked for side by side.</param>
internal sealed record RescoreTerms(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Concepts, IReadOnlyList<IReadOnlyList<string>> Runs)
{
    /// <summary>Every stem of every concept, once.</summary>
    public IReadOnlyList<string> Stems { get; } = Concepts.SelectMany(c => c.SelectMany(a => a)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Neighbouring words of the runs, in order, except pairs of two small words (<c>de la</c>) that any text holds.</summary>
    public IReadOnlyList<(string First, string Second)> Pairs { get; } = PairsOf(Runs);

    private static List<(string, string)> PairsOf(IReadOnlyList<IReadOnlyList<string>> runs)
    {
        var pairs = new List<(string, string)>();
        foreach (var run in runs)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                if (!IsSmall(run[i]) || !IsSmall(run[i + 1]))
                {
                    pairs.Add((run[i], run[i + 1]));
                }
            }
        }

        return pairs;
    }

    private static bool IsSmall(string word) =>
        Analysis.QuestionWords.Contains(word) || Analysis.FrenchNewsAnalyzer.StopWords.Contains(word);
}
