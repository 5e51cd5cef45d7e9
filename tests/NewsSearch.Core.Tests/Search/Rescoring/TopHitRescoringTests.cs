using NewsSearch.Search;
using NewsSearch.Search.Rescoring;

namespace NewsSearch.Core.Tests.Search.Rescoring;

public sealed class TopHitRescoringTests
{
    private static readonly NewsSearch.Articles.NewsArticle[] KarsArticles =
    [
        // Holds "Kars" twice, so plain BM25 prefers it; its words are not side by side as the question has them.
        Some.Article("apart", "Empire ottoman", "Kars tombe aux mains des Russes ; la chute du vizir suit, et Kars reste russe."),
        Some.Article("side", "Empire ottoman", "La chute de Kars surprend la Sublime Porte et ses alliés européens."),
    ];

    // Same stems, same lengths: only the written forms differ.
    private static readonly NewsSearch.Articles.NewsArticle[] InflectionArticles =
    [
        Some.Article("plural", "Chronique", "Les responsables du projet ont parlé hier soir."),
        Some.Article("singular", "Chronique", "Le responsable du projet a parlé hier soir."),
    ];

    [Theory]
    [InlineData(true, false)] // one pass over all hits
    [InlineData(false, false)] // Lucene's top hits
    [InlineData(false, true)] // the bonuses inside the query, to explain them
    public void Query_words_side_by_side_as_typed_lift_an_article_above_one_holding_them_apart(bool facetsAndCollapsing, bool explain)
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles(KarsArticles);

        var hits = engine.Search(new SearchRequest
        {
            Query = "Quel est le bilan de la chute de Kars ?",
            Facets = facetsAndCollapsing, CollapseDuplicates = facetsAndCollapsing, Explain = explain,
        }).Hits;

        Assert.Equal(["side", "apart"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Theory]
    [InlineData(true)] // one pass over all hits
    [InlineData(false)] // Lucene's top hits
    public void Preferring_recent_articles_still_lifts_the_newer_of_two_equal_matches(bool facetsAndCollapsing)
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles([
            Some.Article("old", title: "Conjoncture", body: "La chute de Kars ralentit l'inflation.", published: new DateOnly(2019, 1, 1)),
            Some.Article("new", title: "Économie", body: "La chute de Kars ralentit l'inflation.", published: new DateOnly(2023, 1, 1)),
        ]);

        var hits = engine.Search(new SearchRequest
        {
            Query = "chute de Kars", PreferRecent = true,
            Facets = facetsAndCollapsing, CollapseDuplicates = false,
        }).Hits;

        Assert.Equal(["new", "old"], hits.Select(h => h.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Without_rescoring_the_article_repeating_a_word_ranks_first()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions { RescoreDepth = 0 });
        engine.IndexArticles(KarsArticles);

        Assert.Equal(["apart", "side"], engine.Search("Quel est le bilan de la chute de Kars ?").Hits.Select(h => h.Id));
    }

    [Fact]
    public void Explain_shows_the_top_hit_bonus()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles(KarsArticles);

        var results = engine.Search(new SearchRequest { Query = "chute de Kars", Explain = true });

        Assert.StartsWith("rescored(", results.ExpandedQuery, StringComparison.Ordinal);
        Assert.All(results.Hits, h => Assert.Contains("top-hit bonus", h.Explanation, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)] // one pass over all hits (facets, collapsing)
    [InlineData(false)] // Lucene's top hits, the next page from the previous one's end
    public void Pages_across_the_rescored_depth_hold_every_article_once(bool facetsAndCollapsing)
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions { RescoreDepth = 7 });
        engine.IndexArticles(Enumerable.Range(1, 23).Select(i => Some.Article(
            $"a{i}", $"Marché {i}", $"Le marché {i} ouvre {string.Concat(Enumerable.Repeat("tôt ", i % 5))}à Dakar, dit le maire {i}.")));

        var seen = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            seen.AddRange(engine.Search(new SearchRequest
            {
                Query = "marché Dakar tôt", Page = page, PageSize = 5,
                Facets = facetsAndCollapsing, CollapseDuplicates = facetsAndCollapsing,
            }).Hits.Select(h => h.Id));
        }

        Assert.Equal(23, seen.Count);
        Assert.Equal(23, seen.Distinct().Count());
    }

    [Fact]
    public void An_acronym_and_its_expansion_rank_the_same_way()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles([
            // The acronym in the title and twice in a short text: plain BM25 prefers this one for either query.
            Some.Article("short", "L'IA à Rabat", "L'IA arrive à Rabat ; l'IA y reste."),
            Some.Article("long", "Dakar", "Une intelligence artificielle arrive à Dakar, disent les chercheurs de l'université."),
        ]);

        var acronym = engine.Search("IA").Hits.Select(h => h.Id).ToList();

        Assert.Equal(["short", "long"], acronym);
        Assert.Equal(acronym, engine.Search("intelligence artificielle").Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_query_with_no_plain_words_is_not_rescored()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles(KarsArticles);

        var results = engine.Search(new SearchRequest { Query = "\"chute de Kars\"", Explain = true });

        Assert.Equal("side", Assert.Single(results.Hits).Id);
        Assert.DoesNotContain("rescored", results.ExpandedQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairs_of_two_small_words_are_not_looked_for()
    {
        var terms = new RescoreTerms([[["chut"]], [["kar"]]], [[["chute"]], [["kars"]]], [["quel", "est", "la", "chute", "de", "kars"]], new Dictionary<string, WrittenWord>());

        Assert.Equal([("la", "chute"), ("chute", "de"), ("de", "kars")], terms.Pairs);
        Assert.Equal(["chut", "kar"], terms.Stems);
    }

    [Fact]
    public void An_article_using_the_very_form_typed_ranks_above_one_using_another_inflection()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions());
        engine.IndexArticles(InflectionArticles);

        Assert.Equal(["singular", "plural"], engine.Search("responsable").Hits.Select(h => h.Id));
        Assert.Equal(["plural", "singular"], engine.Search("responsables").Hits.Select(h => h.Id));
    }

    [Fact]
    public void Without_the_written_form_weight_two_inflections_rank_as_the_index_has_them()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions { WrittenFormWeight = 0, NeighbourWeight = 0 });
        engine.IndexArticles(InflectionArticles);

        var hits = engine.Search("responsables").Hits;

        Assert.Equal(hits[0].Score, hits[1].Score);
    }

    [Fact]
    public void The_small_word_between_two_query_words_must_be_the_one_typed()
    {
        using var temp = new TempIndex();
        using var engine = Open(temp, new RankingOptions { CoverageWeight = 0, WrittenFormWeight = 0 });
        engine.IndexArticles([
            Some.Article("other", "Empire ottoman", "La chute sur Kars surprend la Sublime Porte et ses alliés."),
            Some.Article("typed", "Empire ottoman", "La chute de Kars surprend la Sublime Porte et ses alliés."),
        ]);

        Assert.Equal(["typed", "other"], engine.Search("la chute de Kars").Hits.Select(h => h.Id));
        Assert.Equal(["other", "typed"], engine.Search("la chute sur Kars").Hits.Select(h => h.Id));
    }

    private static NewsSearchEngine Open(TempIndex temp, RankingOptions ranking) =>
        NewsSearchEngine.Open(Path.Combine(temp.Path, "index"), new NewsSearchOptions { Ranking = ranking });
}
