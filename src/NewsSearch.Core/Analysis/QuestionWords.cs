namespace NewsSearch.Analysis;

/// <summary>Words that shape a French question but say nothing of its subject ("Combien de médailles la France
/// a-t-elle gagnées ?"). Lucene's French stop words already hold <c>quel</c>, <c>qui</c>, <c>est</c>…; these are the
/// rest. They are dropped from plain-word queries only (never from the index, nor from quoted phrases), and only when
/// other words remain.</summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "combien", "comment", "pourquoi", "quand", "quoi", "ou", "lequel", "laquelle", "lesquels", "lesquelles",
        "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles", "dont", "quelle", "quelles", "quel", "quels",
        "a", "t", "il", "elle", "ils", "elles", "on", "ce", "est", "sont", "fut", "furent", "etait", "etaient",
        "peut", "faut", "fait", "y",
    };

    /// <summary>Whether a word, lower-cased and accent-folded, only shapes a question.</summary>
    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);
}
