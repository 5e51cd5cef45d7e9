using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Suggestions;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>Pair counts read from the postings match what a phrase query of the two stems over title and body matches:
/// side by side and in order, an article counted once, deleted ones left out, in every segment.</summary>
public sealed class PairCountsTests : IDisposable
{
    private static readonly FrenchNewsAnalyzer Analyzer = new();
    private readonly WordIndex _index = new();
    private readonly DirectoryReader _reader;

    public PairCountsTests()
    {
        _index
            .Add("title", "Emmanuel Macron à Berlin", "Le président rencontre la chancelière.")
            .Add("body", "Visite", "Emmanuel Macron rencontre Olaf Scholz, puis Macron repart.")
            .Add("both", "Emmanuel Macron", "Emmanuel Macron est arrivé.")
            .Add("apart", "Macron et Emmanuel", "Macron a vu Emmanuel, un passant.")
            .Add("twice", "Discours", "Emmanuel Macron parle ; Emmanuel Macron écoute.");
        _index.Reader().Dispose();
        _index
            .Add("later", "Emmanuel Macron encore", "Rien d'autre.")
            .Add("gone", "Emmanuel Macron supprimé", "Emmanuel Macron.")
            .Add("town", "Mâcon", "Emmanuel Mâcon, homonyme, visite Mâcon.", copies: 3)
            .Delete("gone");
        _reader = _index.Reader();
    }

    [Theory]
    [InlineData("Emmanuel", "Macron", 5)]
    [InlineData("Macron", "Emmanuel", 0)]
    [InlineData("Emmanuel", "Mâcon", 3)]
    [InlineData("président", "rencontre", 1)]
    [InlineData("Macron", "repart", 1)]
    [InlineData("Emmanuel", "absent", 0)]
    [InlineData("absent", "Macron", 0)]
    public void Counts_what_the_phrase_query_matches(string first, string second, int expected)
    {
        var pairs = new PairCounts(_reader, Stem(first));

        Assert.Equal(expected, PhraseMatches(Stem(first), Stem(second)));
        Assert.Equal(expected, pairs.Articles(Stem(second)));
    }

    [Fact]
    public void Counting_stops_at_enough_and_the_first_stem_serves_several_seconds()
    {
        var pairs = new PairCounts(_reader, Stem("Emmanuel"));

        Assert.Equal(2, pairs.Articles(Stem("Macron"), enough: 2));
        Assert.Equal(3, pairs.Articles(Stem("Mâcon")));
        Assert.Equal(5, pairs.Articles(Stem("Macron")));
        Assert.Equal(0, pairs.Articles(Stem("rencontre")));
    }

    private static string Stem(string word) => Assert.Single(Analyzer.Tokens(word));

    private int PhraseMatches(string first, string second)
    {
        var either = new BooleanQuery();
        foreach (var field in FieldNames.Marked)
        {
            either.Add(new PhraseQuery { new Term(field, first), new Term(field, second) }, Occur.SHOULD);
        }

        var counter = new TotalHitCountCollector();
        new IndexSearcher(_reader).Search(either, counter);
        return counter.TotalHits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _index.Dispose();
    }
}
