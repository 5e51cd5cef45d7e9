using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class SurfacePayloadFilterTests
{
    private const string Sample = "La chute de Kars, le 18 novembre : les Responsables de l’État se sont réunis à Paris et à la Maison-Blanche.";

    [Theory]
    [InlineData(Sample)]
    [InlineData("de la")]
    [InlineData("")]
    [InlineData("Le président et le Premier ministre")]
    [InlineData("Il a dit qu'il viendrait, et il est venu, et il est reparti de la ville de Fès le 3 mars.")]
    public void Stemmed_words_positions_and_offsets_are_those_of_a_stop_filter(string text)
    {
        var expected = Read(OldChain(text));
        var actual = Read(FrenchNewsAnalyzer.StemmedForms(Surface(text)));

        Assert.Equal(expected.Tokens, actual.Tokens.Select(t => t with { Payload = null }));
        Assert.Equal(expected.FinalIncrement, actual.FinalIncrement);
        Assert.Equal(expected.FinalOffset, actual.FinalOffset);
    }

    [Fact]
    public void Each_word_is_marked_with_its_written_form_and_the_small_words_around_it()
    {
        var tokens = Read(FrenchNewsAnalyzer.StemmedForms(Surface("la chute de Kars et Responsables"))).Tokens;

        Assert.Equal(["chut", "kar", "responsabl"], tokens.Select(t => t.Term));
        Assert.Equal([SurfaceMarks.HashOf("chute"), SurfaceMarks.StopId("la"), SurfaceMarks.StopId("de")], tokens[0].Payload!);
        Assert.Equal([SurfaceMarks.HashOf("kars"), SurfaceMarks.StopId("de"), SurfaceMarks.StopId("et")], tokens[1].Payload!);
        Assert.Equal([SurfaceMarks.HashOf("responsables"), SurfaceMarks.StopId("et"), 0], tokens[2].Payload!);
    }

    [Fact]
    public void Written_forms_hash_the_same_with_or_without_accents_and_differ_between_inflections()
    {
        Assert.Equal(SurfaceMarks.HashOf("état"), SurfaceMarks.HashOf("etat"));
        Assert.NotEqual(SurfaceMarks.HashOf("responsable"), SurfaceMarks.HashOf("responsables"));
        Assert.All(FrenchNewsAnalyzer.StopWords.Select(w => w.ToString()), w => Assert.NotEqual(0, SurfaceMarks.StopId(w!)));
        Assert.Equal(0, SurfaceMarks.StopId("chute"));
    }

    [Fact]
    public void A_very_long_text_and_the_next_short_one_are_both_read_whole()
    {
        var analyzer = new FrenchNewsAnalyzer();
        var longText = string.Join(' ', Enumerable.Range(0, 150_000).Select(i => $"mot{i}"));

        Assert.Equal(150_000, analyzer.Tokens(longText).Count);
        Assert.Equal(["chut", "kar"], analyzer.Tokens("la chute de Kars"));
    }

    private static TokenStream Surface(string text) =>
        FrenchNewsAnalyzer.SurfaceForms(FrenchNewsAnalyzer.NewTokenizer(FrenchNewsAnalyzer.Prepare(new StringReader(text))));

    /// <summary>The stemmed chain as it was built on Lucene's stop filter.</summary>
    private static TokenStream OldChain(string text) =>
        new ASCIIFoldingFilter(new FrenchLightStemFilter(new StopFilter(LuceneVersionInUse.Value, new LigatureFilter(Surface(text)), FrenchNewsAnalyzer.StopWords)));

    private static (List<Token> Tokens, int FinalIncrement, int FinalOffset) Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var payload = stream.AddAttribute<IPayloadAttribute>();
        var tokens = new List<Token>();
        using (stream)
        {
            stream.Reset();
            while (stream.IncrementToken())
            {
                var bytes = payload.Payload is { } p ? p.Bytes.Skip(p.Offset).Take(p.Length).ToArray() : null;
                tokens.Add(new Token(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset, bytes));
            }

            stream.End();
            return (tokens, increment.PositionIncrement, offset.EndOffset);
        }
    }

    private sealed record Token(string Term, int Increment, int Start, int End, byte[]? Payload)
    {
        public bool Equals(Token? other) => other is not null && Term == other.Term && Increment == other.Increment
            && Start == other.Start && End == other.End && (Payload ?? []).SequenceEqual(other.Payload ?? []);

        public override int GetHashCode() => HashCode.Combine(Term, Increment, Start, End);
    }
}
