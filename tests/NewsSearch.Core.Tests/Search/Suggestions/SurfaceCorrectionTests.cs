using NewsSearch.Analysis;
using NewsSearch.Search.Suggestions;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>Corrections read from the stems and the written-form marks of title and body.</summary>
public sealed class SurfaceCorrectionTests
{
    private static readonly FrenchNewsAnalyzer Analyzer = new();

    [Fact]
    public void Typo_the_stemmer_folds_into_the_word_stem_is_corrected_to_the_word()
    {
        Assert.Equal(Analyzer.Tokens("merkel"), Analyzer.Tokens("merkell"));
        using var index = new WordIndex()
            .Add("merkel", "Angela Merkel au sommet", "La chancelière Angela Merkel a parlé.", copies: 10)
            .Add("typo", "Une dépêche mal relue", "Le texte cite Angela Merkell, une faute.");
        using var reader = index.Reader();

        Assert.Equal("merkel", SpellingCorrector.Correct(reader, "merkell"));
        Assert.Null(SpellingCorrector.Correct(reader, "merkel"));
    }

    [Fact]
    public void Written_form_is_found_in_the_title_as_well_as_the_body()
    {
        using var index = new WordIndex()
            .Add("merkel", "Angela Merkel au sommet", "La chancelière a parlé.", copies: 10)
            .Add("typo", "Merkell", "Une faute.");
        using var reader = index.Reader();

        Assert.Equal("merkel", SpellingCorrector.Correct(reader, "merkell"));
    }

    // "merkell" is written in 2 articles: a correction needs the other form in 2 × 10 = 20. Counting stems instead
    // (17 or 22 articles) or missing the typed form (0) would give the other answer.
    [Theory]
    [InlineData(15, null)]
    [InlineData(20, "merkel")]
    public void Word_present_as_written_needs_a_form_ten_times_as_frequent_to_be_corrected(int articles, string? expected)
    {
        using var index = new WordIndex()
            .Add("merkel", "Sommet", "Angela Merkel a parlé.", copies: articles)
            .Add("typo", "Dépêche", "Angela Merkell a parlé.", copies: 2);
        using var reader = index.Reader();

        Assert.Equal(expected, SpellingCorrector.Correct(reader, "merkell"));
    }

    [Fact]
    public void Word_with_another_stem_present_as_written_is_kept_though_a_frequent_word_is_one_edit_away()
    {
        Assert.NotEqual(Analyzer.Tokens("marin"), Analyzer.Tokens("marie"));
        using var index = new WordIndex()
            .Add("marie", "Marie", "Marie est là.", copies: 12)
            .Add("marin", "Un marin", "Le marin est parti.", copies: 2);
        using var reader = index.Reader();

        Assert.Null(SpellingCorrector.Correct(reader, "marin"));
        Assert.Equal("marie", SpellingCorrector.Correct(reader, "marir"));
    }

    [Fact]
    public void Typo_in_an_ending_the_stemmer_strips_is_corrected_to_the_word()
    {
        Assert.NotEqual(Analyzer.Tokens("gouvernement"), Analyzer.Tokens("gouvernemnt"));
        using var index = new WordIndex()
            .Add("gouv", "Le gouvernement", "Le gouvernement a tranché.", copies: 10)
            .Add("typo", "Dépêche", "Le gouvernemnt a tranché.");
        using var reader = index.Reader();

        Assert.Equal("gouvernement", SpellingCorrector.Correct(reader, "gouvernemnt"));
    }

    // Typed words come folded; "ministere" stems otherwise than "ministère" as indexed, yet it is the same written form.
    [Fact]
    public void Word_typed_without_accents_is_found_under_the_stem_of_its_accented_spelling()
    {
        Assert.NotEqual(Analyzer.Tokens("ministère"), Analyzer.Tokens("ministere"));
        using var index = new WordIndex()
            .Add("ministre", "Le ministre", "Le ministre parle.", copies: 25)
            .Add("ministere", "Le ministère", "Le ministère répond.", copies: 3)
            .Add("elysee", "L'Élysée", "L'Élysée répond.", copies: 10);
        using var reader = index.Reader();

        Assert.Null(SpellingCorrector.Correct(reader, "ministere"));
        Assert.Equal("elysee", SpellingCorrector.Correct(reader, "elyse"));
    }

    [Fact]
    public void Deleted_articles_count_neither_for_the_typed_word_nor_for_the_correction()
    {
        using var index = new WordIndex()
            .Add("merkel", "Sommet", "Angela Merkel a parlé.", copies: 10)
            .Add("typo", "Dépêche", "Angela Merkell a parlé.", copies: 3)
            .Add("other", "Autre", "Rien à voir.")
            .Delete("typo-0").Delete("typo-1");
        using (var reader = index.Reader())
        {
            // One live "merkell": ten "merkel" are enough.
            Assert.Equal(2, reader.NumDeletedDocs);
            Assert.Equal("merkel", SpellingCorrector.Correct(reader, "merkell"));
        }

        for (var i = 0; i < 10; i++)
        {
            index.Delete($"merkel-{i}");
        }

        using var after = index.Reader();
        Assert.Equal(12, after.NumDeletedDocs);
        Assert.Null(SpellingCorrector.Correct(after, "merkell"));
    }

    [Fact]
    public void Word_whose_stem_and_neighbours_have_no_articles_gets_no_suggestion()
    {
        using var index = new WordIndex()
            .Add("typo", "Dépêche", "Angela Merkell a parlé.")
            .Add("other", "Autre", "Le budget européen est voté.", copies: 20);
        using var reader = index.Reader();

        Assert.Null(SpellingCorrector.Correct(reader, "zygomatique"));
        Assert.Null(SpellingCorrector.Correct(reader, "merkell"));
    }

    [Fact]
    public void Equally_close_and_frequent_forms_give_the_same_answer_every_time()
    {
        using var index = new WordIndex()
            .Add("marie", "Marie", "Marie est là.", copies: 10)
            .Add("marin", "Marin", "Marin est là.", copies: 10);
        using var reader = index.Reader();

        var first = SpellingCorrector.Correct(reader, "mari");
        Assert.Contains(first, new[] { "marie", "marin" });
        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(first, SpellingCorrector.Correct(reader, "mari")));
    }

    [Fact]
    public void Stem_too_common_to_read_whole_is_taken_as_known()
    {
        var many = string.Join(' ', Enumerable.Repeat("Merkel", SpellingCorrector.MaxPositionsPerStem + 1));
        using var index = new WordIndex()
            .Add("many", "Sommet", many)
            .Add("merkel", "Sommet", "Angela Merkel a parlé.", copies: 10)
            .Add("typo", "Dépêche", "Angela Merkell a parlé.");
        using var reader = index.Reader();

        Assert.Null(SpellingCorrector.Correct(reader, "merkell"));
    }
}
