using NewsSearch.Analysis;
using NewsSearch.Search;
using NewsSearch.Search.Expansion;

namespace NewsSearch.Core.Tests.Search.Expansion;

public sealed class WordConceptsTests
{
    private static readonly SynonymList Synonyms = SynonymList.Parse(new StringReader("ia, intelligence artificielle\n"));

    private static List<Concept> Concepts(string text, RankingOptions? ranking = null) =>
        new WordConcepts(new FrenchNewsAnalyzer(), Synonyms, ranking ?? new RankingOptions())
            .From(text.Split(' '), reader: null, [], []);

    [Fact]
    public void Hyphenated_and_elided_words_become_separate_normalised_words()
    {
        Assert.Equal([["jean"], ["luc"], ["melenchon"], ["ivoire"]], Concepts("Jean-Luc Mélenchon d’Ivoire").Select(c => c.Typed));
    }

    [Fact]
    public void Synonym_member_spanning_words_becomes_one_concept_with_the_whole_group()
    {
        var concepts = Concepts("L'Intelligence ARTIFICIELLE responsable");

        Assert.Equal(2, concepts.Count);
        Assert.Equal(["intelligence", "artificielle"], concepts[0].Typed);
        Assert.True(concepts[0].IsSynonymGroup);
        Assert.Equal(["ia", "intelligence artificielle"], concepts[0].Alternatives.Select(a => a.Text));
        Assert.False(concepts[1].IsSynonymGroup);
    }

    [Fact]
    public void Question_words_are_dropped_unless_nothing_else_is_left()
    {
        Assert.Equal([["medailles"], ["france"], ["gagnees"]],
            Concepts("Combien de médailles la France a-t-elle gagnées ?").Where(c => !FrenchNewsAnalyzer.StopWords.Contains(c.Typed[0])).Select(c => c.Typed));
        Assert.Equal([["pourquoi"]], Concepts("pourquoi").Select(c => c.Typed));
        Assert.Contains(["combien"], Concepts("Combien de médailles", new RankingOptions { DropQuestionWords = false }).Select(c => c.Typed));
    }

    [Fact]
    public void Synonyms_can_be_turned_off()
    {
        Assert.Equal(2, Concepts("intelligence artificielle", new RankingOptions { Synonyms = false }).Count);
    }
}
