using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive;

/// <summary>What a console session remembers between lines: the current query, its filters, order and page,
/// the last results shown, and whether the person asked to leave.</summary>
internal sealed class SessionState
{
    public const int PageSize = 10;

    public string? Query { get; set; }

    public int Page { get; set; } = 1;

    public string? Source { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public SearchSort Sort { get; set; } = SearchSort.Relevance;

    public bool Explain { get; set; }

    public SearchResults? Last { get; set; }

    public bool Quit { get; set; }

    public bool HasFilters => Source is not null || From is not null || To is not null;

    public SearchRequest Request(int? page = null) => new()
    {
        Query = Query ?? "",
        Page = page ?? Page,
        PageSize = PageSize,
        Sources = Source is null ? [] : [Source],
        From = From,
        To = To,
        Sort = Sort,
    };

    /// <summary>The filters and order in a few words, for the results header; empty when all are defaults.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Source is not null)
        {
            parts.Add($"source: {ConsoleView.Plain(ConsoleSession.Shorten(Source, 100))}");
        }

        if (From is not null)
        {
            parts.Add($"from {Dates.Format(From)}");
        }

        if (To is not null)
        {
            parts.Add($"to {Dates.Format(To)}");
        }

        if (Sort == SearchSort.Date)
        {
            parts.Add("newest first");
        }

        return string.Join(", ", parts);
    }
}
