using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>A text's indexed words with the form each was written in: the stem the index holds (what counts), the
/// characters of the text it came from (what is shown), its place, and whether a stop word was left out just before it.</summary>
internal static class WrittenTokens
{
    private static readonly char[] Apostrophes = ['\'', '’', 'ʼ', '`', '´'];
    private static readonly HashSet<string> Elided = new(["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="text"/> as the stemmed fields index them.</summary>
    public static List<WrittenToken> Read(Analyzer analyzer, string text)
    {
        var tokens = new List<WrittenToken>();
        using var stream = analyzer.GetTokenStream(FieldNames.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Min(offset.StartOffset, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            start = AfterElision(text, start, end);
            tokens.Add(new WrittenToken(term.ToString(), start, end, increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Where the word starts once an elided article (<c>l'</c>, <c>d’</c>, <c>qu'</c>…) is skipped.</summary>
    private static int AfterElision(string text, int start, int end)
    {
        var apostrophe = text.AsSpan(start, end - start).IndexOfAny(Apostrophes);
        return apostrophe > 0 && apostrophe < end - start - 1 && Elided.Contains(text.Substring(start, apostrophe))
            ? start + apostrophe + 1
            : start;
    }
}

/// <summary>One indexed word of a text.</summary>
/// <param name="Stem">The term the index holds for it.</param>
/// <param name="Start">Where its written form starts in the text (after any elided article).</param>
/// <param name="End">Where it ends.</param>
/// <param name="Increment">Its position increment: 1 when it follows the previous word directly, more when stop words
/// were left out between them.</param>
internal readonly record struct WrittenToken(string Stem, int Start, int End, int Increment);
