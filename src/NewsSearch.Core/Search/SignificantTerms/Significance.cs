namespace NewsSearch.Search.SignificantTerms;

/// <summary>How over-represented a term is in a match set compared with the whole index: the JLH score of
/// Elasticsearch's <c>significant_terms</c>, (match rate − background rate) × (match rate / background rate), 0 for a
/// term no more frequent among the matches than elsewhere. The difference favours terms common in the matches, the
/// ratio terms rare elsewhere: the product keeps both the widespread (<c>climat</c>) and the distinctive (<c>COP25</c>).</summary>
internal static class Significance
{
    public static double Jlh(int matches, int matchSetSize, int background, int backgroundSize)
    {
        if (matches <= 0 || matchSetSize <= 0 || backgroundSize <= 0)
        {
            return 0;
        }

        var inMatches = (double)matches / matchSetSize;
        // The background holds the matches too; a term seen in the matches is at least that frequent in the index.
        var inBackground = (double)Math.Max(background, matches) / backgroundSize;
        return inMatches > inBackground ? (inMatches - inBackground) * (inMatches / inBackground) : 0;
    }
}
