using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Expansion;

/// <summary>A compound typed joined finds it hyphenated or apart, and two words typed apart find them joined, when
/// the archive writes the other spelling often enough; ordinary words are not cut into words that happen to exist.</summary>
public sealed class CompoundSpellingTests : IDisposable
{
    private readonly TempIndex _folder = new();
    private readonly NewsSearchEngine _engine;

    public CompoundSpellingTests()
    {
        _engine = _folder.Open();
        _engine.IndexArticles([
            .. Enumerable.Range(0, 8).Select(i => Some.Article($"hyphen-{i}", $"Circulation du week-end {i}", $"Bison futé annonce un week-end chargé sur la route {i}.")),
            .. Enumerable.Range(0, 6).Select(i => Some.Article($"joined-{i}", $"Un weekend à la mer {i}", $"Les vacanciers partent pour le weekend numéro {i}.")),
            .. Enumerable.Range(0, 12).Select(i => Some.Article($"virus-{i}", $"Covid-19 : nouveaux cas {i}", $"L'épidémie de Covid-19 progresse dans la région {i}.")),
            Some.Article("synonym", "Le coronavirus recule", "Le nombre de cas de coronavirus baisse."),
            .. Enumerable.Range(0, 6).Select(i => Some.Article($"passport-{i}", $"Un passeport perdu {i}", $"Le passeport biométrique numéro {i} a été retrouvé.")),
            .. Enumerable.Range(0, 5).Select(i => Some.Article($"island-{i}", $"Incendie sur la presqu'île {i}", $"Les pompiers de la presqu'île de Crozon sont intervenus {i} fois.")),
            .. Enumerable.Range(0, 6).Select(i => Some.Article($"pass-{i}", $"Il passe au port {i}", $"Le ferry passe port de Marseille, quai {i}.")),
        ]);
    }

    [Fact]
    public void A_compound_typed_joined_finds_it_hyphenated_too()
    {
        var results = _engine.Search(new SearchRequest { Query = "weekend", Explain = true });

        Assert.Equal(14, results.Total);
        Assert.Contains("weekend → week end (written apart)", results.Expansions);
        Assert.Contains(results.Hits, hit => hit.Id.StartsWith("hyphen-", StringComparison.Ordinal) && hit.Snippet.Contains("<mark>week</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_words_typed_apart_find_them_joined_too()
    {
        Assert.Equal(14, _engine.Search("week end").Total);
    }

    [Fact]
    public void Two_words_typed_apart_find_them_joined_by_an_apostrophe()
    {
        Assert.Equal(5, _engine.Search("presqu ile").Total);
    }

    [Fact]
    public void Letters_and_digits_typed_together_find_them_apart_and_their_synonyms()
    {
        // Apart, "covid 19" is a member of the synonym list's group (covid-19, covid, coronavirus, sars-cov-2).
        Assert.Equal(13, _engine.Search("covid19").Total);
    }

    [Fact]
    public void A_word_is_not_cut_into_words_written_together_less_often_than_it()
    {
        var results = _engine.Search("passeport");

        Assert.Equal(6, results.Total);
        Assert.All(results.Hits, hit => Assert.StartsWith("passport-", hit.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Switched_off_a_compound_finds_only_its_own_spelling()
    {
        _engine.Dispose();
        using var engine = NewsSearchEngine.Open(Path.Combine(_folder.Path, "index"), new NewsSearchOptions { Ranking = new RankingOptions { CompoundSpellings = false } });

        Assert.Equal(6, engine.Search("weekend").Total);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
