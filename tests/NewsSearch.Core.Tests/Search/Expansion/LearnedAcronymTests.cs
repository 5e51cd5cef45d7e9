using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Expansion;

public sealed class LearnedAcronymTests : IDisposable
{
    private const string Expansion = "observatoire national des zones humides";
    private readonly TempIndex _index = new();

    private static readonly NewsArticle[] Articles =
    [
        Some.Article("def-1", "Rapport annuel sur les marais", "L'Observatoire national des zones humides (ONZH) publie son rapport annuel sur les marais."),
        Some.Article("def-2", "Les tourbières reculent", "Selon l'Observatoire national des zones humides (ONZH), les tourbières reculent partout."),
        Some.Article("long-only", "Les marais de Brière", "L'Observatoire national des zones humides alerte sur l'assèchement des marais de Brière."),
        Some.Article("short-only", "Tourbières du Jura", "L'ONZH recense les tourbières du Jura, une à une."),
        Some.Article("once", "Patrouille", "La Brigade fluviale des marais (BFMA) patrouille sur les canaux."),
        Some.Article("once-long", "Canaux", "La brigade fluviale des marais a sauvé un chien."),
        Some.Article("listed-1", "Intelligence augmentée", "L'intelligence augmentée (IA) selon les chercheurs."),
        Some.Article("listed-2", "Encore l'intelligence augmentée", "Le concept d'intelligence augmentée (IA) fait débat."),
        Some.Article("other", "Sans rapport", "La récolte de pommes est bonne cette année."),
    ];

    public LearnedAcronymTests()
    {
        using var engine = _index.Open();
        engine.IndexArticles(Articles);
    }

    [Fact]
    public void An_acronym_learned_from_the_articles_finds_those_that_only_use_its_expansion_and_the_other_way_round()
    {
        using var engine = _index.Open();

        var byAcronym = Ids(engine, "ONZH");
        var byExpansion = Ids(engine, "Observatoire national des zones humides");

        Assert.Equal(["def-1", "def-2", "long-only", "short-only"], byAcronym.Order());
        Assert.Equal(byAcronym.Order(), byExpansion.Order());
    }

    [Fact]
    public void Learned_pairs_are_kept_in_the_index_and_listed_after_a_restart()
    {
        using (var first = _index.Open())
        {
            Assert.Contains(first.LearnedAcronyms(), a => a.ShortForm == "ONZH");
        }

        using var engine = _index.Open();
        var learned = engine.LearnedAcronyms();

        Assert.Contains(new LearnedAcronym("ONZH", Expansion, 2), learned);
        Assert.DoesNotContain(learned, a => a.ShortForm == "BFMA");
        Assert.Contains(learned, a => a is { ShortForm: "IA", LongForm: "intelligence augmentée", InSynonymList: true });
    }

    [Fact]
    public void A_pair_defined_by_one_article_only_is_not_used()
    {
        using var engine = _index.Open();

        Assert.Equal(["once"], Ids(engine, "BFMA"));
    }

    [Fact]
    public void The_synonym_list_wins_over_a_learned_expansion()
    {
        using var engine = _index.Open();

        // The list says IA is artificial intelligence: the learned "intelligence augmentée" is not used for it.
        var results = engine.Search(new SearchRequest { Query = "IA", Explain = true });

        Assert.Equal(["listed-1", "listed-2"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(["ia → ia | intelligence artificielle"], results.Expansions);
    }

    [Fact]
    public void The_snippet_marks_the_expansion_and_explanations_say_where_the_pair_comes_from()
    {
        using var engine = _index.Open();

        var results = engine.Search(new SearchRequest { Query = "ONZH", Explain = true });

        Assert.Contains("<mark>Observatoire</mark> <mark>national</mark> des <mark>zones</mark> <mark>humides</mark>", results.Hits.Single(h => h.Id == "long-only").Snippet);
        Assert.Contains($"onzh → {Expansion} (acronym learned from 2 articles)", results.Expansions);
    }

    [Fact]
    public void The_match_set_holds_a_learned_acronym_as_one_concept()
    {
        using var engine = _index.Open();

        var results = engine.Search(new SearchRequest { Query = "ONZH tourbières" });

        Assert.Equal(2, results.Total);
        Assert.Equal(["def-2", "short-only"], results.Hits.Take(2).Select(h => h.Id).Order());
    }

    [Fact]
    public void A_pair_is_forgotten_once_the_articles_defining_it_change()
    {
        using (var engine = _index.Open())
        {
            engine.IndexArticles([
                Some.Article("def-1", "Rapport annuel sur les marais", "Le rapport annuel sur les marais est paru."),
                Some.Article("def-2", "Les tourbières reculent", "Les tourbières reculent partout."),
            ]);
        }

        using var reopened = _index.Open();

        Assert.DoesNotContain(reopened.LearnedAcronyms(), a => a.ShortForm == "ONZH");
        Assert.Equal(["short-only"], Ids(reopened, "ONZH"));
    }

    [Fact]
    public void A_pair_defined_by_new_articles_is_used_by_the_same_engine_once_they_are_indexed()
    {
        using var engine = _index.Open();
        Assert.Equal(["once"], Ids(engine, "BFMA"));

        engine.IndexArticles([Some.Article("def-3", "Crue", "La Brigade fluviale des marais (BFMA) surveille la crue.")]);

        Assert.Contains(engine.LearnedAcronyms(), a => a.ShortForm == "BFMA");
        Assert.Equal(["def-3", "once", "once-long"], Ids(engine, "BFMA").Order());
    }

    public void Dispose() => _index.Dispose();

    private static List<string> Ids(NewsSearchEngine engine, string query) =>
        [.. engine.Search(new SearchRequest { Query = query, PageSize = 20 }).Hits.Select(h => h.Id)];
}
