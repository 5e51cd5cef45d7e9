using Lucene.Net.Index;
using NewsSearch.Articles;
using NewsSearch.Search;
using NewsSearch.Search.Coverage;
using NewsSearch.Export;
using NewsSearch.Search.Expansion;

namespace NewsSearch.Core.Tests.Search.Expansion;

/// <summary>Word families: a query word also finds, at a lower weight, the articles writing another word of its family
/// (<c>manifestants</c>, <c>manifestation</c>), which the light stemmer keeps apart; articles writing the word itself
/// rank first, and the match set (counts, date order) is not widened.</summary>
public sealed class WordFamilyTests : IDisposable
{
    private static readonly NewsArticle[] Articles =
    [
        Some.Article("typed", "Grève à Paris", "Des manifestants ont défilé à Paris contre la réforme.", "Le Matin", new DateOnly(2020, 1, 10)),
        Some.Article("derived1", "Mobilisation", "La manifestation contre la réforme a rassemblé des milliers de personnes.", "Le Matin", new DateOnly(2020, 2, 3)),
        Some.Article("derived2", "Cortège", "Une nouvelle manifestation est prévue samedi contre la réforme.", "Hespress", new DateOnly(2020, 3, 5)),
        Some.Article("lyon", "Lyon", "Le conseil municipal de Lyon vote son budget.", "Le Matin", new DateOnly(2020, 4, 1)),
        Some.Article("other", "Marchés", "Le marché réagit à la hausse du pétrole.", "Hespress", new DateOnly(2020, 5, 1)),
    ];

    private readonly TempIndex _temp = new();

    public WordFamilyTests()
    {
        using var engine = _temp.OpenDeterministic();
        engine.IndexArticles(Articles);
    }

    [Fact]
    public void The_family_of_an_indexed_stem_is_the_other_stems_with_the_same_root()
    {
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(Path.Combine(_temp.Path, "index")));

        // The light stemmer keeps "manifestants" (manifestant) apart from "manifestation" (manifest); Snowball joins them.
        Assert.Equal(["manifest"], WordFamilies.Of(reader, "manifestant", 0.05f));
        Assert.Equal(["manifestant"], WordFamilies.Of(reader, "manifest", 0.05f));
        Assert.Empty(WordFamilies.Of(reader, "reform", 0.05f));
        Assert.Empty(WordFamilies.Of(reader, "lyon", 0.05f));
    }

    [Fact]
    public void A_member_far_more_frequent_than_the_word_is_left_out()
    {
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(Path.Combine(_temp.Path, "index")));

        // "manifest" is in 2 articles, "manifestant" in 1: a member may be at most maxRatio times as frequent.
        Assert.Equal(["manifest"], WordFamilies.Of(reader, "manifestant", 0.05f, maxRatio: 2f));
        Assert.Empty(WordFamilies.Of(reader, "manifestant", 0.05f, maxRatio: 1.5f));
    }

    [Fact]
    public void A_word_finds_the_articles_writing_another_word_of_its_family_below_those_writing_it()
    {
        var results = Search("manifestants", new RankingOptions());

        Assert.Equal("typed", results.Hits[0].Id);
        Assert.Equal(["derived1", "derived2"], results.Hits.Skip(1).Select(h => h.Id).Order());
        Assert.Contains(results.Expansions, e => e.Contains("manifestants → manifest", StringComparison.Ordinal) && e.Contains("word family", StringComparison.Ordinal));
        Assert.Contains("<mark>manifestation</mark>", results.Hits[1].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_word_families_only_the_articles_writing_the_word_are_found()
    {
        var results = Search("manifestants", new RankingOptions { WordFamilyWeight = 0 });

        Assert.Equal(["typed"], results.Hits.Select(h => h.Id));
        Assert.DoesNotContain(results.Expansions, e => e.Contains("word family", StringComparison.Ordinal));
    }

    [Fact]
    public void The_match_set_keeps_to_the_articles_writing_the_word_itself()
    {
        var ranked = Search("manifestants", new RankingOptions());
        var dated = Search("manifestants réforme", new RankingOptions(), SearchSort.Date);

        Assert.Equal(1, ranked.Total);
        Assert.Equal(1, ranked.Facets.Sources.Sum(f => f.Count));
        Assert.Equal(["typed"], dated.Hits.Select(h => h.Id));
        Assert.Equal(1, dated.Total);
    }

    [Fact]
    public void Coverage_and_export_count_only_the_articles_writing_the_word_itself()
    {
        using var engine = NewsSearchEngine.Open(Path.Combine(_temp.Path, "index"));

        Assert.Equal(1, engine.Coverage(new CoverageRequest { Queries = ["manifestants"] }).Series.Single().Matches);
        Assert.Equal(["typed"], engine.Export(new ExportRequest { Query = "manifestants" }).Select(r => r.Id));
    }

    [Fact]
    public void A_relaxed_match_set_holds_articles_with_some_of_the_words_but_not_their_families()
    {
        // No article holds both words: the set falls back to those holding either, written as typed.
        var results = Search("manifestants Lyon", new RankingOptions(), SearchSort.Date);

        Assert.Contains(results.Notices, n => n.StartsWith("No article holds every word", StringComparison.Ordinal));
        Assert.Equal(["lyon", "typed"], results.Hits.Select(h => h.Id));
        Assert.Equal(2, results.Total);
    }

    private SearchResults Search(string query, RankingOptions ranking, SearchSort sort = SearchSort.Relevance)
    {
        using var engine = NewsSearchEngine.Open(Path.Combine(_temp.Path, "index"), new NewsSearchOptions { Ranking = ranking });
        return engine.Search(new SearchRequest { Query = query, PageSize = 10, Sort = sort, CollapseDuplicates = false, Explain = true });
    }

    public void Dispose() => _temp.Dispose();
}
