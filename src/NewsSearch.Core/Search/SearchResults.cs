namespace NewsSearch.Search;

/// <summary>One ranked article of a result page.</summary>
public sealed record SearchHit
{
    /// <summary>1-based rank over the whole result list (not just the page).</summary>
    public required int Rank { get; init; }

    /// <summary>The article id.</summary>
    public required string Id { get; init; }

    /// <summary>The relevance score (higher is better; comparable only within one search).</summary>
    public required float Score { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The outlet, when known.</summary>
    public string? Source { get; init; }

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The original address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The best passage of the body, HTML-escaped, matched words wrapped in <c>&lt;mark&gt;</c>…<c>&lt;/mark&gt;</c>;
    /// <c>…</c> where text was cut.</summary>
    public string Snippet { get; init; } = "";
}

/// <summary>A page of results and what it came from.</summary>
public sealed record SearchResults
{
    /// <summary>The query text as given.</summary>
    public required string Query { get; init; }

    /// <summary>How many articles match in all.</summary>
    public required int Total { get; init; }

    /// <summary>The 1-based page returned.</summary>
    public required int Page { get; init; }

    /// <summary>The page size asked for.</summary>
    public required int PageSize { get; init; }

    /// <summary>The hits of this page, best first.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Things the person should know about how the query was understood (e.g. syntax searched as plain words).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Time spent answering, snippets included.</summary>
    public TimeSpan Elapsed { get; init; }
}
