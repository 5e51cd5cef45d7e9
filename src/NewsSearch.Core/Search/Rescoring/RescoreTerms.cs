namespace NewsSearch.Search.Rescoring;

/// <summary>What the rescoring of the top hits looks for: the query's concepts, stemmed as the title and body are,
/// the forms they were typed in, and the query's plain words in the order typed.</summary>
/// <param name="Concepts">Each concept of the query (question words left out) as its ways of matching: the stems of
/// the typed words, of each synonym, of a spelling correction. A concept is held when any way is held whole.</param>
/// <param name="TypedForms">For each concept (same order), the forms it was asked in, as written words: the words
/// typed, or each member of its synonym group. A concept is held as typed when an article has every word of one form.</param>
/// <param name="Runs">Each run of consecutive plain words as written, question and stop words included: the pairs of
/// neighbours are looked for side by side.</param>
/// <param name="Words">How each written word of the forms and runs is found in an article (<see cref="WrittenWord"/>).</param>
internal sealed record RescoreTerms(
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Concepts,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> TypedForms,
    IReadOnlyList<IReadOnlyList<string>> Runs,
    IReadOnlyDictionary<string, WrittenWord> Words)
{
    /// <summary>Whether the query names a topic (a few words) rather than asks a question: for a topic, a concept
    /// the article is about (in its title or lead, or repeated) counts more than one it mentions in passing; a
    /// question's answer may lie anywhere.</summary>
    public bool Topical { get; init; }

    /// <summary>Every stem of every concept, once.</summary>
    public IReadOnlyList<string> Stems { get; } = Concepts.SelectMany(c => c.SelectMany(a => a)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Neighbouring words of the runs, in order, except pairs of two small words (<c>de la</c>) that any text holds.</summary>
    public IReadOnlyList<(string First, string Second)> Pairs { get; } = PairsOf(Runs);

    /// <summary>The stems whose marked positions the rescoring reads: those of the written words it looks for.</summary>
    public IReadOnlyList<string> WrittenStems { get; } = Words.Values.Where(w => w.Stem is not null).Select(w => w.Stem!).Distinct(StringComparer.Ordinal).ToList();

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

/// <summary>How a written word shows in the stemmed fields: a stop word by its id in its neighbours' marks; any other
/// word as its stem, at a position whose mark has the word's hash.</summary>
internal sealed record WrittenWord(string? Stem, byte Hash, byte StopId);
