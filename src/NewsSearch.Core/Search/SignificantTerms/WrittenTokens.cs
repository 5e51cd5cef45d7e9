using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>A text's indexed words with the form each was written in: the stem the index holds (what counts), the
/// characters of the text it came from (what is shown), and its position increment. Read with the index's chain less
/// its position marks, which only ranking needs: the same stems and gaps, cheaper.</summary>
internal sealed class WrittenTokens : Analyzer
{
    private static readonly char[] Apostrophes = ['\'', '’', 'ʼ', '`', '´'];
    private static readonly HashSet<string> Elided = new(["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="text"/> as the stemmed fields index them.</summary>
    public List<WrittenToken> Read(string text)
    {
        var tokens = new List<WrittenToken>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Min(offset.StartOffset, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            tokens.Add(new WrittenToken(term.ToString(), AfterElision(text, start, end), end, increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => FrenchNewsAnalyzer.Prepare(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = FrenchNewsAnalyzer.NewTokenizer(reader);
        return new TokenStreamComponents(tokenizer, FrenchNewsAnalyzer.UnmarkedStemmedForms(FrenchNewsAnalyzer.SurfaceForms(tokenizer)));
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
