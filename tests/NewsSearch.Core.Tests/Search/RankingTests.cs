namespace NewsSearch.Core.Tests.Search;

public sealed class RankingTests
{
    [Fact]
    public void A_title_match_outranks_the_same_match_deep_in_the_body()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        // Different texts of similar length, so they are not collapsed as copies of one story.
        var council = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"Le conseil a examiné le dossier {i} de la semaine."));
        var market = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"Les prix du marché {i} ont baissé ce mois-ci."));
        engine.IndexArticles([
            Some.Article("body", "Conseil de la semaine", council + " La sécheresse menace."),
            Some.Article("title", "La sécheresse menace", market),
        ]);

        Assert.Equal(["title", "body"], engine.Search("sécheresse").Hits.Select(h => h.Id));
    }

    [Fact]
    public void Articles_with_all_the_words_rank_above_those_with_some()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([
            Some.Article("one", "Pluie", "La pluie tombe sur Rabat. La pluie encore, la pluie toujours."),
            Some.Article("both", "Météo", "La pluie et le vent sur Casablanca."),
            Some.Article("other", "Vent", "Le vent souffle fort, le vent du nord, le vent."),
        ]);

        var hits = engine.Search("pluie vent").Hits;

        Assert.Equal("both", hits[0].Id);
        Assert.Equal(3, hits.Count);
    }

    [Fact]
    public void A_phrase_matches_only_the_words_in_order()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([
            Some.Article("phrase", "A", "La banque centrale a relevé son taux."),
            Some.Article("apart", "B", "La centrale électrique appartient à une banque."),
        ]);

        Assert.Equal("phrase", Assert.Single(engine.Search("\"banque centrale\"").Hits).Id);
        Assert.Equal(2, engine.Search("banque centrale").Total);
    }

    [Fact]
    public void Sort_by_date_puts_the_newest_first()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([
            Some.Article("old", "Élection à Rabat", "élection", published: new DateOnly(2019, 1, 1)),
            Some.Article("new", "Élection à Dakar", "élection", published: new DateOnly(2024, 1, 1)),
            Some.Article("mid", "Élection à Tunis", "élection", published: new DateOnly(2021, 1, 1)),
        ]);

        var hits = engine.Search(new NewsSearch.Search.SearchRequest { Query = "élection", Sort = NewsSearch.Search.SearchSort.Date }).Hits;

        Assert.Equal(["new", "mid", "old"], hits.Select(h => h.Id));
    }
}
