using NewsSearch.Analysis;

namespace NewsSearch.Search.Matching;

/// <summary>How many of a plain query's concepts an article must hold to be in the match set (what counts, facets,
/// date order, coverage and exports are made of): every one for a short query; for a question or a long query, which
/// readers write in more words than the answer needs, most of them.</summary>
internal static class MatchRule
{
    /// <summary>The concepts an article must hold, out of <paramref name="concepts"/>; 1 when the search falls back
    /// to articles holding some of them.</summary>
    public static int Required(int concepts, bool questionLike, RankingOptions options, bool relaxed)
    {
        if (relaxed || concepts <= 1)
        {
            return Math.Min(concepts, 1);
        }

        var loose = questionLike || concepts > options.MatchEveryConceptUpTo;
        return loose
            ? Math.Clamp((int)Math.Ceiling(concepts * options.LongQueryMatchShare - 1e-6), 1, concepts)
            : concepts;
    }

    /// <summary>Whether a query text reads as a question: it ends with a question mark or starts with a question word
    /// (<c>qui</c>, <c>quel</c>, <c>comment</c>, <c>pourquoi</c>, <c>combien</c>, <c>quand</c>, <c>où</c>…).</summary>
    public static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = trimmed.Split([' ', '\'', '’', '-'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && Openers.Contains(AccentFolding.Fold(first.ToLowerInvariant()));
    }

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "qui", "que", "qu", "quoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles",
        "comment", "pourquoi", "combien", "quand", "ou", "est",
    };
}
