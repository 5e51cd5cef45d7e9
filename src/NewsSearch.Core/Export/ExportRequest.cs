using NewsSearch.Search;
using NewsSearch.Search.Listing;

namespace NewsSearch.Export;

/// <summary>What to export: every article of a query's match set (near-duplicate copies included), in one order.</summary>
public sealed record ExportRequest
{
    /// <summary>The query, as for <see cref="SearchRequest.Query"/>.</summary>
    public required string Query { get; init; }

    /// <summary>Only articles from one of these outlets (case- and accent-insensitive); empty for all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Best match first (default), or newest first.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Whether each row carries the article's whole text (<see cref="ExportRow.Body"/>).</summary>
    public bool WithBody { get; init; }

    /// <summary>CSV only: start the file with a UTF-8 byte order mark, which Excel needs to read accented letters in a
    /// file opened by double-click (LibreOffice and pandas read UTF-8 either way).</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>The snippets of the rows: plain text around the first match (the default, cheap enough for a million
    /// rows); a search's highlighted best passage costs several times more (measured by the export benchmark).</summary>
    internal SnippetKind Snippets { get; init; } = SnippetKind.Plain;

    internal SearchRequest ToSearchRequest() => new()
    {
        Query = Query,
        Sources = Sources,
        From = From,
        To = To,
        Sort = Sort,
        Facets = false,
        CollapseDuplicates = false,
        Snippets = true,
    };
}
