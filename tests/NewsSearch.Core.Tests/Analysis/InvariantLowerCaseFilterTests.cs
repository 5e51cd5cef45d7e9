using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Lower_cases_every_character_of_the_first_plane_as_Lucene_does()
    {
        var characters = Enumerable.Range(0, 0x10000)
            .Where(c => !char.IsSurrogate((char)c))
            .Select(c => (char)c)
            .ToArray();

        // Tokens of 200 characters (the keyword tokenizer's buffer grows as needed), compared one by one.
        foreach (var chunk in characters.Chunk(200))
        {
            var text = new string(chunk);
            Assert.Equal(Lucene(text), Ours(text));
        }
    }

    [Theory]
    [InlineData("ÉVÉNEMENT Œuvre ÀÇÏ", "événement œuvre àçï")]
    [InlineData("déjà là", "déjà là")]
    [InlineData("\U00010400 Deseret", "\U00010428 deseret")]
    [InlineData("ΣΟΦΙΑ", "σοφια")]
    public void Lower_cases_accented_capitals_other_scripts_and_characters_beyond_the_first_plane(string text, string expected)
    {
        Assert.Equal(expected, Ours(text));
        Assert.Equal(Lucene(text), Ours(text));
    }

    [Fact]
    public void Leaves_a_lone_surrogate_untouched()
    {
        var text = "a\uD801B";
        Assert.Equal("a\uD801b", Ours(text));
    }

    private static string Ours(string text) => Run(text, input => new InvariantLowerCaseFilter(input));

    private static string Lucene(string text) => Run(text, input => new LowerCaseFilter(LuceneVersionInUse.Value, input));

    private static string Run(string text, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new KeywordTokenizer(new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var result = new StringBuilder();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Append(term.Buffer, 0, term.Length);
        }

        stream.End();
        return result.ToString();
    }
}
