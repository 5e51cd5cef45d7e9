using NewsSearch.Analysis;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Core.Tests.Search.Research;

/// <summary>Which written names the characteristic terms can list, and the phrase slots they are counted by.</summary>
public sealed class NameFinderTests
{
    private static readonly WrittenTokens Tokens = new();

    private static List<(string Written, string Slots)> Names(string text, params string[] queryStems)
    {
        var tokens = Tokens.Read(text);
        var kept = tokens.Select(t => !queryStems.Contains(t.Stem) && !TermStopWords.Contains(text[t.Start..t.End])).ToArray();
        return [.. NameFinder.In(text, tokens, kept, queryStems.Contains).Where(n => n.Usable).Select(n => (text[n.Start..n.End], string.Join('|', n.Slots)))];
    }

    [Theory]
    [InlineData("hier, Marine Le Pen a parlé", "Marine Le Pen", "marin||pen")]
    [InlineData("le général Charles de Gaulle", "Charles de Gaulle", "charl||gaul")]
    [InlineData("avec Valéry Giscard d'Estaing", "Giscard d'Estaing", "giscard|estaing")]
    [InlineData("à la Maison Blanche ce matin", "Maison Blanche", "maison|blanch")]
    [InlineData("les régions des Pays de la Loire", "Pays de la Loire", "pay|||loir")]
    public void A_name_keeps_its_particles_as_gaps(string text, string written, string slots) =>
        Assert.Contains((written, slots), Names(text));

    [Fact]
    public void Hyphenated_names_are_names_and_a_hyphenated_first_name_is_one_word_of_a_name()
    {
        var names = Names("Jean-Luc Mélenchon et les États-Unis");

        Assert.Contains(("Jean-Luc Mélenchon", "jean|luc|melenchon"), names);
        Assert.Contains(("États-Unis", "etat|uni"), names);
        Assert.Contains(("Jean-Luc", "jean|luc"), names);
    }

    [Theory]
    [InlineData("Il vit à Paris. Londres attend.")]
    [InlineData("Paris, Londres et Berlin")]
    [InlineData("LE GOUVERNEMENT DÉMISSIONNE")]
    [InlineData("la Maison\nBlanche")]
    [InlineData("Selon Mardi")]
    public void Words_apart_shouted_or_stop_words_make_no_name(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Le cœur de l'Union européenne, c'est-à-dire les États-Unis d'Amérique : « Quelle ÉPOPÉE ! » dit-il à l’hôpital, 12 fois.")]
    [InlineData("Selon l'AFP, Jean-Luc Mélenchon (LFI) n'a pas été entendu ; les Insoumis protestent contre la réforme des retraites.")]
    public void Stored_text_is_read_as_the_index_reads_it_stems_and_gaps_alike(string text)
    {
        var marked = new FrenchNewsAnalyzer();
        using var stream = marked.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var indexed = new List<(string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            indexed.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        Assert.Equal(indexed, Tokens.Read(text).Select(t => (t.Stem, t.Increment)));
    }

    [Fact]
    public void The_other_half_of_a_name_holding_a_query_word_is_marked_as_glued()
    {
        var tokens = Tokens.Read("Jean-Luc Mélenchon parle");
        var stems = new HashSet<string>(["melenchon"]);
        var kept = tokens.Select(t => !stems.Contains(t.Stem)).ToArray();

        var glued = NameFinder.In("Jean-Luc Mélenchon parle", tokens, kept, stems.Contains).Single(n => !n.Usable).Glued!;

        Assert.Equal(["jean", "luc"], glued);
    }
}
