using NewsSearch.Articles;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Core.Tests.Search.Research;

/// <summary>Characteristic terms of articles the test writes: the words and names over-represented in the match set,
/// as written (not stems), with exact counts; stop words and the query's own words left out.</summary>
public sealed class TermsTests : IDisposable
{
    private static readonly List<NewsArticle> Articles = Build();
    private readonly Newsroom _room = new(Articles);

    /// <summary>30 articles about the flu (vaccines, a minister, pharmacies, the WHO), 200 about other things; both
    /// kinds full of stop words and common words ("selon", "annonce", "les").</summary>
    private static List<NewsArticle> Build()
    {
        var articles = new List<NewsArticle>();
        for (var i = 0; i < 30; i++)
        {
            var vaccines = i % 10 == 3 ? "le vaccin arrive" : "les vaccins arrivent";
            var grippe = i % 4 == 0 ? "Les grippes" : "La grippe";
            articles.Add(Some.Article($"flu{i:00}", $"{grippe} progresse",
                $"{grippe} progresse selon les médecins : {vaccines} dans les pharmacies, annonce Agnès Buzyn. "
                + $"L'Organisation mondiale de la santé surveille l'épidémie. Les enfants sont touchés ({i}).",
                published: new DateOnly(2020, 1, 1).AddDays(i)));
        }

        string[] topics =
        [
            "Le match de football a eu lieu selon les supporters du club, annonce le président Emmanuel Macron.",
            "Le marché du pétrole recule, les investisseurs restent prudents selon les analystes.",
            "La réforme des retraites divise les syndicats, annonce le gouvernement.",
            "Le festival de musique attire les jeunes, selon les organisateurs de la ville.",
        ];
        for (var i = 0; i < 200; i++)
        {
            var extra = i % 70 == 0 ? " Les vaccins des chiens sont obligatoires." : "";
            articles.Add(Some.Article($"other{i:000}", $"Actualité {i}", $"{topics[i % topics.Length]}{extra} Dépêche {i}.", published: new DateOnly(2020, 1, 1).AddDays(i % 60)));
        }

        return articles;
    }

    private TermsResults Terms(string query, int sampleSize = 500) => _room.Engine.Terms(new TermsRequest { Query = query, Top = 20, SampleSize = sampleSize });

    [Fact]
    public void The_over_represented_words_and_names_come_as_written_with_exact_counts()
    {
        var results = Terms("grippe");

        var terms = results.Terms.Select(t => t.Term).ToList();
        Assert.Equal(30, results.Matches);
        Assert.Equal(Articles.Count, results.Background);
        Assert.Contains("vaccins", terms);
        Assert.Contains("pharmacies", terms);
        Assert.Contains("épidémie", terms);
        Assert.DoesNotContain("vaccin", terms);
        var vaccines = results.Terms.Single(t => t.Term == "vaccins");
        Assert.Equal(30, vaccines.Matches);
        Assert.Equal(30 + Articles.Count(a => a.Id.StartsWith("other", StringComparison.Ordinal) && a.Body.Contains("vaccins", StringComparison.Ordinal)), vaccines.Background);
        var minister = Assert.Single(results.Terms, t => t.IsName);
        Assert.Equal(("Agnès Buzyn", 30, 30), (minister.Term, minister.Matches, minister.Background));
        Assert.Equal(results.Terms.OrderByDescending(t => t.Score).Select(t => t.Term), terms);
    }

    [Fact]
    public void Stop_words_common_words_and_the_query_words_in_any_inflection_are_left_out()
    {
        var terms = Terms("grippe").Terms.Select(t => t.Term.ToLowerInvariant()).ToList();

        Assert.DoesNotContain(terms, t => t is "grippe" or "grippes" or "la" or "les" or "le" or "selon" or "annonce" or "dans");
        // Names a word of which is its own name are not listed twice.
        Assert.DoesNotContain("buzyn", terms);
        Assert.DoesNotContain("agnès", terms);
    }

    [Fact]
    public void The_words_a_query_stands_for_are_left_out_and_so_is_the_other_half_of_a_queried_name()
    {
        var acronym = Terms("OMS").Terms.Select(t => t.Term.ToLowerInvariant()).ToList();
        var surname = Terms("Buzyn").Terms.Select(t => t.Term.ToLowerInvariant()).ToList();

        Assert.Contains("vaccins", acronym);
        Assert.DoesNotContain(acronym, t => t.Contains("organisation", StringComparison.Ordinal) || t.Contains("mondiale", StringComparison.Ordinal) || t.Contains("santé", StringComparison.Ordinal));
        Assert.Contains("vaccins", surname);
        Assert.DoesNotContain(surname, t => t.Contains("agnès", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sample_finds_the_candidates_and_says_so_while_the_counts_are_over_all_matches()
    {
        var results = Terms("grippe", sampleSize: 10);

        Assert.Equal((10, 30), (results.Sampled, results.Matches));
        Assert.Equal(30, results.Terms.Single(t => t.Term == "vaccins").Matches);
    }

    [Fact]
    public void Filters_narrow_the_match_set_and_nothing_matching_gives_no_terms()
    {
        var narrowed = _room.Engine.Terms(new TermsRequest { Query = "grippe", To = new DateOnly(2020, 1, 10) });
        var none = Terms("cryptomonnaie");

        Assert.Equal(10, narrowed.Matches);
        Assert.Equal(10, narrowed.Terms.Single(t => t.Term == "vaccins").Matches);
        Assert.Equal((0, 0), (none.Matches, none.Terms.Count));
    }

    [Fact]
    public void Bad_requests_are_refused_with_a_reason()
    {
        Assert.Throws<ArgumentException>(() => _room.Engine.Terms(new TermsRequest { Query = " " }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _room.Engine.Terms(new TermsRequest { Query = "grippe", Top = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _room.Engine.Terms(new TermsRequest { Query = "grippe", SampleSize = 1 }));
        Assert.Throws<ArgumentException>(() => _room.Engine.Terms(new TermsRequest { Query = "grippe", From = new DateOnly(2020, 2, 1), To = new DateOnly(2020, 1, 1) }));
    }

    public void Dispose() => _room.Dispose();
}
