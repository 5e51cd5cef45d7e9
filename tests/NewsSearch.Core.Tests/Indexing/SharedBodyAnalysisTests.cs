using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class SharedBodyAnalysisTests
{
    public static TheoryData<string> Texts => new()
    {
        "L’Intelligence Artificielle (IA) responsable : qu'il s'agisse de l'éthique, aujourd’hui, jusqu'à 2023.",
        "Le Cœur de l'ŒUVRE — Jean-François et les États-Unis, COVID-19, 3,5 % du PIB ; ÉVÉNEMENTS à Fès.",
        "Un mot trop long " + new string('x', 300) + " puis la suite, 😀 emoji, 北京 et Σοφία.",
        "",
        "   ",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Stemmed_body_tokens_are_the_analyzers(string text)
    {
        Assert.Equal(Analyzer(FieldNames.Body, text), Read(SharedBodyAnalysis.Stemmed(text)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Exact_tokens_replayed_after_the_body_are_the_analyzers(string text)
    {
        Read(SharedBodyAnalysis.Stemmed(text));
        Assert.Equal(Analyzer(FieldNames.Exact, text), Read(SharedBodyAnalysis.Exact(text)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Exact_tokens_without_the_body_first_are_the_analyzers(string text)
    {
        Read(SharedBodyAnalysis.Stemmed("Un autre texte, lu avant."));
        Assert.Equal(Analyzer(FieldNames.Exact, text), Read(SharedBodyAnalysis.Exact(text)));
    }

    [Fact]
    public void A_body_read_only_in_part_is_tokenized_again_for_the_exact_field()
    {
        const string text = "Premier mot, deuxième mot, troisième mot.";
        using (var stemmed = SharedBodyAnalysis.Stemmed(text))
        {
            stemmed.Reset();
            Assert.True(stemmed.IncrementToken());
        }

        Assert.Equal(Analyzer(FieldNames.Exact, text), Read(SharedBodyAnalysis.Exact(text)));
    }

    [Fact]
    public void A_very_long_body_then_a_short_one_both_give_the_analyzers_tokens()
    {
        var longText = string.Concat(Enumerable.Repeat("Une phrase assez longue, répétée encore. ", 30_000));
        Read(SharedBodyAnalysis.Stemmed(longText));
        Assert.Equal(Analyzer(FieldNames.Exact, longText), Read(SharedBodyAnalysis.Exact(longText)));

        const string shortText = "Puis un texte court à Rabat.";
        Read(SharedBodyAnalysis.Stemmed(shortText));
        Assert.Equal(Analyzer(FieldNames.Exact, shortText), Read(SharedBodyAnalysis.Exact(shortText)));
    }

    private static List<string> Analyzer(string field, string text)
    {
        using var analyzer = new FrenchNewsAnalyzer();
        return Read(analyzer.GetTokenStream(field, text));
    }

    /// <summary>Each token as "term/increment/start-end", and the final offset.</summary>
    private static List<string> Read(TokenStream stream)
    {
        var tokens = new List<string>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add($"{term}/{increment.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset}");
            }

            stream.End();
            tokens.Add($"end {offset.EndOffset}");
        }

        return tokens;
    }
}
