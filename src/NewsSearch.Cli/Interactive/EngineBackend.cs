using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive;

/// <summary>The console's view of a <see cref="NewsSearchEngine"/>. Similar articles and score explanations are
/// engine features that arrive separately: each is one delegate, wired in <see cref="For"/>, and left <c>null</c>
/// (the console then says the feature is unavailable) until the engine offers it.</summary>
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
        // Wire here when the engine offers them, e.g. SimilarArticles = engine.Similar,
        SimilarArticles = null,
        Explanation = null,
    };

    public SearchResults Search(SearchRequest request) => engine.Search(request);

    public NewsArticle? GetArticle(string id) => engine.GetArticle(id);

    public SearchResults? Similar(string id, int count) => SimilarArticles?.Invoke(id, count);

    public string? Explain(SearchRequest request, string id) => Explanation?.Invoke(request, id);
}
