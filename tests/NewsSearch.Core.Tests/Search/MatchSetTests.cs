using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The match set: counts, facets and date order hold the articles with every concept of a plain query
/// (inflections, accents, synonyms and corrections included), most concepts of a question, and fall back to some of
/// them with a notice; relevance order keeps ranking whatever scores best.</summary>
public sealed class MatchSetTests : IDisposable
{
    private static readonly NewsArticle[] Articles =
    [
        Some.Article("both1", "Macron et les retraites", "Emmanuel Macron défend la réforme des retraites devant les syndicats.", "Le Matin", new DateOnly(2020, 1, 10)),
        Some.Article("both2", "Réforme", "La retraite à points : MACRON ne cède pas sur la réforme.", "Hespress", new DateOnly(2020, 2, 3)),
        Some.Article("both3", "Grève", "Grève contre la réforme de la retraite voulue par Emmanuel Macron.", "Le Matin", new DateOnly(2019, 12, 5)),
        Some.Article("macron1", "Macron à Berlin", "Emmanuel Macron rencontre Angela Merkel à Berlin.", "Le Matin", new DateOnly(2020, 3, 1)),
        Some.Article("macron2", "Macron en Afrique", "Le président Macron en visite à Dakar pour parler commerce.", "Hespress", new DateOnly(2020, 4, 1)),
        Some.Article("retraites1", "Les retraités manifestent", "Les retraites des agriculteurs seront revalorisées.", "Le Matin", new DateOnly(2020, 5, 1)),
        Some.Article("ue1", "Brexit", "Le Brexit inquiète l'Union européenne et ses pêcheurs.", "Le Matin", new DateOnly(2020, 6, 1)),
        Some.Article("ue2", "Brexit encore", "Londres et Bruxelles négocient le Brexit sans fin.", "Le Matin", new DateOnly(2020, 7, 1)),
        Some.Article("ue3", "L'UE et la pêche", "Les pêcheurs de l'UE attendent un accord.", "Le Matin", new DateOnly(2020, 8, 1)),
        Some.Article("q1", "Succession à Matignon", "Jean Castex remplace Édouard Philippe comme Premier ministre.", "Le Matin", new DateOnly(2020, 7, 3)),
        Some.Article("q2", "Matignon", "Édouard Philippe quitte Matignon après trois ans.", "Le Matin", new DateOnly(2020, 7, 4)),
        Some.Article("retrait1", "Mali", "Emmanuel Macron annonce le retrait des troupes du Mali.", "Le Matin", new DateOnly(2020, 9, 1)),
    ];

    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public MatchSetTests()
    {
        _engine = _temp.OpenDeterministic();
        _engine.IndexArticles(Articles);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_plain_query_counts_only_the_articles_holding_every_word_with_its_inflections(bool facetsAndCollapsing)
    {
        var results = Search("Macron retraites", facetsAndCollapsing);

        Assert.Equal(3, results.Total);
        Assert.Equal(["both1", "both2", "both3"], results.Hits.Take(3).Select(h => h.Id).Order());
        Assert.Empty(results.Notices);
        if (facetsAndCollapsing)
        {
            Assert.Equal(3, results.Facets.Sources.Sum(f => f.Count));
            Assert.Equal(2, results.Facets.Sources.Single(f => f.Value == "Le Matin").Count);
        }
    }

    [Fact]
    public void Relevance_order_may_go_on_with_articles_holding_some_of_the_words_after_those_holding_all()
    {
        var hits = Search("Macron retraites", true, pageSize: 20).Hits;

        Assert.True(hits.Count > 3);
        Assert.Equal(["both1", "both2", "both3"], hits.Take(3).Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Date_order_lists_only_the_match_set(bool facetsAndCollapsing)
    {
        var results = Search("Macron retraites", facetsAndCollapsing, SearchSort.Date, pageSize: 20);

        Assert.Equal(["both2", "both1", "both3"], results.Hits.Select(h => h.Id));
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public void A_word_typed_with_its_final_e_is_not_held_by_the_other_word_the_stemmer_folds_into_its_stem()
    {
        // "retraite" and "retrait" share the light stem "retrait": the pension reform is not the withdrawal from Mali.
        Assert.DoesNotContain("retrait1", Search("Macron retraites", true, SearchSort.Date, pageSize: 20).Hits.Select(h => h.Id));
        Assert.Equal(4, Search("retraites", true).Total);

        // Ranking still lets it compete, and the word typed without the "e" keeps every form.
        Assert.Contains("retrait1", Search("Macron retraites", true, pageSize: 20).Hits.Select(h => h.Id));
        Assert.Contains("retrait1", Search("Macron retrait", true, SearchSort.Date, pageSize: 20).Hits.Select(h => h.Id));
    }

    [Fact]
    public void An_acronym_concept_is_held_through_its_expansion()
    {
        var results = Search("UE Brexit", true, SearchSort.Date);

        Assert.Equal(["ue1"], results.Hits.Select(h => h.Id));
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void A_misspelt_word_is_held_through_its_correction()
    {
        var results = Search("Macronn retraites", true, SearchSort.Date);

        Assert.Equal(3, results.Total);
        Assert.Empty(results.Notices);
    }

    [Fact]
    public void When_no_article_holds_every_word_the_set_is_those_holding_some_and_a_notice_says_so()
    {
        var results = Search("Macron Brexit", true, SearchSort.Date, pageSize: 20);

        Assert.Equal(Articles.Count(a => a.Body.Contains("Macron", StringComparison.OrdinalIgnoreCase) || a.Body.Contains("Brexit", StringComparison.Ordinal)), results.Total);
        Assert.Contains(results.Notices, n => n.Contains("some of them", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fallback_is_decided_within_the_filters()
    {
        var results = _engine.Search(new SearchRequest { Query = "Macron retraites", Sources = ["Hespress"], From = new DateOnly(2020, 3, 1), Sort = SearchSort.Date });

        Assert.Equal(["macron2"], results.Hits.Select(h => h.Id));
        Assert.Contains(results.Notices, n => n.Contains("some of them", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_needs_most_of_its_concepts_not_all()
    {
        // remplacé, édouard, philippe, matignon: three of the four are enough.
        var results = Search("Qui a remplacé Édouard Philippe à Matignon ?", true, SearchSort.Date);

        Assert.Equal(["q2", "q1"], results.Hits.Select(h => h.Id));
        Assert.Empty(results.Notices);
    }

    [Theory]
    [InlineData("Macron OR Brexit", new[] { "both1", "both2", "both3", "macron1", "macron2", "retrait1", "ue1", "ue2" })]
    [InlineData("Macron -retraites", new[] { "macron1", "macron2" })]
    [InlineData("+Macron retraites", new[] { "both1", "both2", "both3", "macron1", "macron2", "retrait1" })]
    [InlineData("\"Emmanuel Macron\" retraites", new[] { "both1", "both3" })]
    [InlineData("Macron (retraites OR Berlin)", new[] { "both1", "both2", "both3", "macron1" })]
    public void Operators_keep_their_meaning(string query, string[] expected)
    {
        var results = Search(query, true, SearchSort.Date, pageSize: 20);

        Assert.Equal(expected.Order(), results.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Length, results.Total);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }

    private SearchResults Search(string query, bool facetsAndCollapsing, SearchSort sort = SearchSort.Relevance, int pageSize = 10) =>
        _engine.Search(new SearchRequest { Query = query, Sort = sort, PageSize = pageSize, Facets = facetsAndCollapsing, CollapseDuplicates = facetsAndCollapsing });
}
