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

    /// <summary>How many near-duplicate copies of this article (other articles of the result set) it stands for;
    /// 0 when it has none or collapsing is off.</summary>
    public int Copies { get; init; }

    /// <summary>With <see cref="SearchRequest.Explain"/>: the score and the term matches that made it, in short form.</summary>
    public string? Explanation { get; init; }
}

/// <summary>A page of results and what it came from.</summary>
public sealed record SearchResults
{
    /// <summary>The query text as given.</summary>
    public required string Query { get; init; }

    /// <summary>How many results are in the match set (the articles holding every concept of a plain query, most of a
    /// question's): what the pages add up to in date order; in relevance order the pages may go on with articles
    /// holding some of the concepts. With collapsing, copies of one story count once (see <see cref="Articles"/>).</summary>
    public required int Total { get; init; }

    /// <summary>How many articles are in the match set, near-duplicate copies included (equal to <see cref="Total"/> without collapsing).</summary>
    public int Articles { get; init; }

    /// <summary>Whether near-duplicate copies were collapsed.</summary>
    public bool Collapsed { get; init; }

    /// <summary>With <see cref="SearchRequest.Explain"/>: the query as run (expansions included), else <c>null</c>.</summary>
    public string? ExpandedQuery { get; init; }

    /// <summary>With <see cref="SearchRequest.Explain"/>: how the query's words were read, one line per synonym group,
    /// learned acronym or spelling correction applied (<c>pma → procréation médicalement assistée (acronym learned from
    /// 42 articles)</c>); else empty.</summary>
    public IReadOnlyList<string> Expansions { get; init; } = [];

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

    /// <summary>A corrected query built from the index's own words when the query looks misspelt, else <c>null</c>.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Counts over the whole match set (not just this page), copies included.</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.None;
}

/// <summary>Facet counts over all the hits of a search.</summary>
public sealed record SearchFacets
{
    /// <summary>No counts.</summary>
    public static SearchFacets None { get; } = new();

    /// <summary>Hits per outlet, most first.</summary>
    public IReadOnlyList<FacetCount> Sources { get; init; } = [];

    /// <summary>Hits per publication year (<c>2023</c>), newest first.</summary>
    public IReadOnlyList<FacetCount> Years { get; init; } = [];

    /// <summary>Hits per publication month (<c>2023-10</c>), newest first.</summary>
    public IReadOnlyList<FacetCount> Months { get; init; } = [];
}

/// <summary>One facet value and how many hits have it.</summary>
/// <param name="Value">The outlet, year or month.</param>
/// <param name="Count">Hits with that value.</param>
public sealed record FacetCount(string Value, int Count);
