using NewsSearch.Articles;
using NewsSearch.Search;
using NewsSearch.Search.Coverage;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Cli.Interactive;

/// <summary>The console's view of a <see cref="NewsSearchEngine"/>. Similar articles and score explanations are
/// optional features of a backend: each is one delegate, wired in <see cref="For"/>; a <c>null</c> one makes the
/// console say the feature is unavailable.</summary>
internal sealed class EngineBackend(NewsSearchEngine engine) : ISearchBackend
{
    /// <summary>Finds articles similar to an id (count wanted); e.g. <c>engine.Similar</c>.</summary>
    public Func<string, int, SearchResults>? SimilarArticles { get; init; }

    /// <summary>Explains the score of one hit of a request; e.g. a search with explanations asked for.</summary>
    public Func<SearchRequest, string, string?>? Explanation { get; init; }

    public bool CanFindSimilar => SimilarArticles is not null;

    public bool CanExplain => Explanation is not null;

    public static EngineBackend For(NewsSearchEngine engine) => new(engine)
    {
        SimilarArticles = engine.Similar,
        // Searches asked with Explain carry each hit's explanation on the hit itself, so there is nothing to look up.
        Explanation = static (_, _) => null,
    };

    public SearchResults Search(SearchRequest request) => engine.Search(request);

    public NewsArticle? GetArticle(string id) => engine.GetArticle(id);

    public SearchResults? Similar(string id, int count) => SimilarArticles?.Invoke(id, count);

    public string? Explain(SearchRequest request, string id) => Explanation?.Invoke(request, id);

    public CoverageResults? Coverage(CoverageRequest request) => engine.Coverage(request);

    public TermsResults? Terms(TermsRequest request) => engine.Terms(request);
}
