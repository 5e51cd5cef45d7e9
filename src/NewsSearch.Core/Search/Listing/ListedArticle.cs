namespace NewsSearch.Search.Listing;

/// <summary>One article of a listing, read from its stored fields.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Url">The original address, when known.</param>
/// <param name="Score">The relevance score.</param>
/// <param name="Snippet">The best passage as search shows it (HTML-escaped, matches in <c>&lt;mark&gt;</c>).</param>
/// <param name="Body">The text, when asked for; else <c>null</c>.</param>
/// <param name="IndexedAt">When it was first indexed (ms since 1970 UTC; 0 when unknown or not read).</param>
internal sealed record ListedArticle(
    string Id, string Title, string? Source, DateOnly? Published, string? Url, float Score, string Snippet, string? Body, long IndexedAt);
