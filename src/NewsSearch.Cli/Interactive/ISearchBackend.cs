using NewsSearch.Articles;
using NewsSearch.Search;
using NewsSearch.Search.Coverage;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Cli.Interactive;

/// <summary>What the console asks of the engine. A seam so the session can be driven by a test double,
/// and so optional engine features are visible as <c>null</c> rather than faked.</summary>
internal interface ISearchBackend
{
    SearchResults Search(SearchRequest request);

    NewsArticle? GetArticle(string id);

    /// <summary>Articles like the one with this id, or <c>null</c> when the engine cannot find similar articles.</summary>
    SearchResults? Similar(string id, int count);

    /// <summary>Whether <see cref="Similar"/> is available.</summary>
    bool CanFindSimilar { get; }

    /// <summary>Why a hit scored as it did (text, several lines), or <c>null</c> when the engine cannot say.</summary>
    string? Explain(SearchRequest request, string id);

    /// <summary>Whether <see cref="Explain"/> is available.</summary>
    bool CanExplain { get; }

    /// <summary>The coverage of queries over time, or <c>null</c> when the engine cannot say.</summary>
    CoverageResults? Coverage(CoverageRequest request) => null;

    /// <summary>The characteristic terms of a query's matches, or <c>null</c> when the engine cannot say.</summary>
    TermsResults? Terms(TermsRequest request) => null;
}
