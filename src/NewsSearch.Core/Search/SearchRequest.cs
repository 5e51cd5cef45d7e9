namespace NewsSearch.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Newest first; equal dates by relevance.</summary>
    Date,
}

/// <summary>One search: the query text as a person typed it, plus paging, filters and order.</summary>
public sealed record SearchRequest
{
    /// <summary>The largest page size a request may ask for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Words, <c>"exact phrases"</c>, <c>-exclusions</c>, <c>OR</c>, <c>AND</c>, parentheses,
    /// <c>title:</c> and <c>source:</c>; anything malformed is searched as plain words.</summary>
    public required string Query { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Only articles from one of these outlets (case- and accent-insensitive); empty for all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Result order.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Whether to build highlighted snippets (on by default).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Whether to count the whole result set by outlet, year and month (on by default).</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Whether near-duplicate copies of one story (a wire story republished with small edits) are shown
    /// once, with their count (on by default). Then <see cref="SearchResults.Total"/>, ranks and pages count stories.</summary>
    public bool CollapseDuplicates { get; init; } = true;

    /// <summary>Whether recent articles get a higher relevance score (see <see cref="RecencyHalfLifeDays"/>); ignored
    /// when sorting by date.</summary>
    public bool PreferRecent { get; init; }

    /// <summary>Whether to return the query as run and a short score breakdown for each hit.</summary>
    public bool Explain { get; init; }

    /// <summary>With <see cref="PreferRecent"/>, a score is multiplied by <c>1 + 2^(-age / half-life)</c>, the age
    /// in days before the newest article of the index.</summary>
    public static int RecencyHalfLifeDays => RecencyQuery.HalfLifeDays;

    internal void Validate()
    {
        if (Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Page), Page, "The page must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(PageSize), PageSize, $"The page size must be between 1 and {MaxPageSize}.");
        }

        if (From > To)
        {
            throw new ArgumentException("The start date is after the end date.", nameof(From));
        }
    }
}
