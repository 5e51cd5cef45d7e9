using NewsSearch.Analysis;

namespace NewsSearch.Core.Tests.Analysis;

public sealed class AnalyzerGoldenTokenTests
{
    private readonly FrenchNewsAnalyzer _analyzer = new();

    [Theory]
    [InlineData("L'Intelligence Artificielle (IA) responsable", "inteligenc artificiel ia responsabl")]
    [InlineData("l’éthique", "ethiqu")]
    [InlineData("L`éthique", "ethiqu")]
    [InlineData("lʼIA", "ia")]
    [InlineData("Qu'il s'agisse", "agis")]
    [InlineData("jusqu'à", "")]
    [InlineData("responsables", "responsabl")]
    [InlineData("responsable", "responsabl")]
    [InlineData("événement", "even")]
    [InlineData("evenement", "even")]
    [InlineData("évènements", "even")]
    [InlineData("Cœur", "coeu")]
    [InlineData("coeur", "coeu")]
    [InlineData("Jean-François", "jean francoi")]
    [InlineData("2023", "2023")]
    [InlineData("COVID-19", "covid 19")]
    public void Analyzer_produces_the_expected_tokens(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', _analyzer.Tokens(text)));
    }

    [Theory]
    [InlineData("responsables", "responsable")]
    [InlineData("l’éthique", "l'ethique")]
    [InlineData("ÉVÉNEMENT", "evenement")]
    [InlineData("Cœur", "coeur")]
    [InlineData("aujourd’hui", "aujourd'hui")]
    public void Spelling_variants_analyse_to_the_same_tokens(string one, string other)
    {
        Assert.Equal(_analyzer.Tokens(one), _analyzer.Tokens(other));
    }

    [Theory]
    [InlineData("été")]
    [InlineData("ete")]
    [InlineData("le la les des du")]
    public void Stop_words_are_dropped_with_or_without_accents(string text)
    {
        Assert.Empty(_analyzer.Tokens(text));
    }
}
