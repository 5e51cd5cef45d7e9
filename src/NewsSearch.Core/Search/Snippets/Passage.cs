namespace NewsSearch.Search.Snippets;

/// <summary>A highlighted passage and where its text sits in the body (Lucene.Net keeps fragment offsets internal,
/// so they are found again from the passage's plain text).</summary>
internal readonly record struct Passage(string Markup, int Start, int Length)
{
    public static Passage Locate(string markup, string body)
    {
        var plain = markup.Replace(MarkFormatter.Open, "", StringComparison.Ordinal)
            .Replace(MarkFormatter.Close, "", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        var start = body.IndexOf(plain, StringComparison.Ordinal);
        return new Passage(markup, Math.Max(start, 0), plain.Length);
    }
}
