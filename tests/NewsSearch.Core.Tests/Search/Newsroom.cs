using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Search;

/// <summary>A small, deterministic set of articles with known outlets and dates, indexed in a temp folder, so tests
/// can compute expected counts and orders with LINQ over the same list.</summary>
public sealed class Newsroom : IDisposable
{
    private readonly TempIndex _folder = new();

    public Newsroom(IReadOnlyList<NewsArticle> articles)
    {
        Articles = articles;
        Engine = _folder.OpenDeterministic();
        Engine.IndexArticles(articles);
    }

    public IReadOnlyList<NewsArticle> Articles { get; }

    public NewsSearchEngine Engine { get; }

    /// <summary>60 short articles (too short to be taken for copies of each other): outlets written in several ways
    /// (case, accents, apostrophes), dates over four years, a few undated or without outlet. Every article says
    /// "marché"; every third also "pétrole".</summary>
    public static Newsroom Standard() => new(StandardArticles());

    public static List<NewsArticle> StandardArticles()
    {
        string?[] sources = ["Le Matin", "L'Opinion", "l’opinion", "Hespress", "LE MATIN", null, "Médias24"];
        var articles = new List<NewsArticle>();
        for (var i = 0; i < 60; i++)
        {
            var published = i % 11 == 5 ? (DateOnly?)null : new DateOnly(2019, 1, 3).AddDays(i * 23 % 1400);
            articles.Add(new NewsArticle
            {
                Id = $"a{i:00}",
                Title = $"Dépêche numéro {i}",
                Body = $"Le marché réagit à la nouvelle {i}." + (i % 3 == 0 ? " Le pétrole recule." : ""),
                Source = sources[i % sources.Length],
                Published = published,
            });
        }

        return articles;
    }

    /// <summary>All pages of a search, concatenated.</summary>
    public List<NewsSearch.Search.SearchHit> AllPages(NewsSearch.Search.SearchRequest request)
    {
        var hits = new List<NewsSearch.Search.SearchHit>();
        for (var page = 1; ; page++)
        {
            var results = Engine.Search(request with { Page = page });
            if (results.Hits.Count == 0)
            {
                return hits;
            }

            hits.AddRange(results.Hits);
        }
    }

    public void Dispose()
    {
        Engine.Dispose();
        _folder.Dispose();
    }
}
