using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace NewsSearch.Analysis;

/// <summary>The French analysis chain used for indexing and for queries alike:
/// apostrophe and ligature normalisation, standard tokenizing, elision, lower-casing, French stop words,
/// French light stemming, then accent folding (after the stemmer, whose rules read accents).
/// Each kept word carries a <see cref="SurfaceMarks"/> payload: what ranking and suggestions need of the word as written.
/// Asked for the pseudo-field <see cref="WrittenFormsField"/>, the analyzer gives the words as written instead
/// (unstemmed, stop words kept; only elision, case and accents normalised): how typed words are read.</summary>
public sealed class FrenchNewsAnalyzer : Analyzer
{
    /// <summary>Not an index field: the analyzer's chain for it gives the words as written.</summary>
    public const string WrittenFormsField = "exact";

    /// <summary>Lucene's French stop words, plus their unaccented spellings so that typed-without-accents queries drop them too.</summary>
    internal static CharArraySet StopWords { get; } = BuildStopWords();

    /// <summary>Creates the analyzer; its token chains are reused per field, since the written forms' chain differs.</summary>
    public FrenchNewsAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => Prepare(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = NewTokenizer(reader);
        var surface = SurfaceForms(tokenizer);
        return new TokenStreamComponents(tokenizer, fieldName == WrittenFormsField ? ExactForms(surface) : StemmedForms(surface));
    }

    // The chain in pieces: the stemmed and the written forms share everything up to the surface forms.

    /// <summary>Apostrophe look-alikes read as one apostrophe, before tokenizing.</summary>
    internal static TextReader Prepare(TextReader reader) => new ApostropheCharFilter(reader);

    internal static Tokenizer NewTokenizer(TextReader reader) => new StandardTokenizer(LuceneVersionInUse.Value, reader);

    /// <summary>Words as written, elided articles removed, lower-cased: what the exact and stemmed fields share.</summary>
    internal static TokenStream SurfaceForms(Tokenizer tokenizer) =>
        new InvariantLowerCaseFilter(new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));

    internal static TokenStream ExactForms(TokenStream surface) => new ASCIIFoldingFilter(surface);

    /// <summary>The stemmed words, stop words dropped, each marked with its <see cref="SurfaceMarks"/> payload.</summary>
    internal static TokenStream StemmedForms(TokenStream surface) =>
        new ASCIIFoldingFilter(new FrenchLightStemFilter(new LigatureFilter(new SurfacePayloadFilter(surface))));

    /// <summary>The stemmed words without their marks: the same terms and positions as <see cref="StemmedForms"/> (stop
    /// words dropped by Lucene's filter, leaving the same gaps), at less cost, for reading stored text again.</summary>
    internal static TokenStream UnmarkedStemmedForms(TokenStream surface) =>
        new ASCIIFoldingFilter(new FrenchLightStemFilter(new LigatureFilter(new StopFilter(LuceneVersionInUse.Value, surface, StopWords))));

    /// <summary>The tokens the chain produces for a text (for tests, diagnostics and query building).</summary>
    public IReadOnlyList<string> Tokens(string text, string field = "body")
    {
        var tokens = new List<string>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(LuceneVersionInUse.Value, FrenchAnalyzer.DefaultStopSet.Count * 2, ignoreCase: false);
        foreach (var word in FrenchAnalyzer.DefaultStopSet)
        {
            set.Add(word);
            set.Add(AccentFolding.Fold(word));
        }

        return set.AsReadOnly();
    }
}
