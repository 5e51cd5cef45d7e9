using NewsSearch.Search.Expansion;

namespace NewsSearch.Search.Matching;

/// <summary>Which spellings of a word the match set keeps when the stemmer would also fold another word into it.
/// The light French stemmer drops a final <c>e</c> (and the plural mark), so <c>retraite</c> (pension) and <c>retrait</c>
/// (withdrawal), or <c>porte</c> (door) and <c>port</c> (harbour), share a stem. Ranking
/// lets an article using either form compete, but the match set (counts, date order, exports, watches) of a word typed
/// with that <c>e</c> keeps only articles writing it so, in the singular or the plural.</summary>
internal static class KeptSpellings
{
    /// <summary>The forms (folded, lower case) the match set keeps for <paramref name="concept"/> whose single stem is
    /// <paramref name="stem"/>, or <c>null</c> when any form of the stem will do.</summary>
    public static string[]? Kept(Concept concept, string stem)
    {
        if (concept.Typed.Count != 1 || concept.Alternatives.Count != 1)
        {
            return null;
        }

        var typed = concept.Typed[0];
        var singular = typed.EndsWith('s') ? typed[..^1] : typed;

        // Only where the stemmer took off the typed final "e" and nothing else; past participles ("vaccinée") are
        // inflections whatever their gender, so they keep every form.
        if (singular.Length < 4 || !singular.EndsWith('e') || singular.EndsWith("ee", StringComparison.Ordinal) || stem != singular[..^1])
        {
            return null;
        }

        return [singular, singular + "s"];
    }
}
