namespace NewsSearch.Search.Expansion;

/// <summary>The accented spelling of a word typed without accents, where the stemmer would otherwise read it apart.
/// Accents are folded after stemming, since the light French stemmer reads them, and three of its endings need
/// theirs: <c>-ère</c> (in words of more than 8 letters), <c>-ième</c> and <c>-ète</c>. So <c>ministère</c> is indexed
/// under another stem than <c>ministere</c> typed on a keyboard without accents, which then found nothing.</summary>
internal static class AccentedSpellings
{
    private static readonly (string Plain, string Accented)[] Endings = [("ieme", "ième"), ("ere", "ère"), ("ete", "ète")];

    /// <summary>The spelling with the accented ending, or <c>null</c> when <paramref name="written"/> (as typed) has
    /// an accent already or none of those endings. <paramref name="normal"/> is the word lower-cased and unaccented.</summary>
    public static string? Of(string written, string normal)
    {
        if (written.Any(c => c > '\u007f'))
        {
            return null;
        }

        var plural = normal.Length > 1 && normal[^1] is 's' or 'x' ? normal[^1..] : "";
        var singular = normal[..^plural.Length];
        foreach (var (plain, accented) in Endings)
        {
            if (singular.EndsWith(plain, StringComparison.Ordinal))
            {
                return singular[..^plain.Length] + accented + plural;
            }
        }

        return null;
    }
}
