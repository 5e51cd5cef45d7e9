namespace NewsSearch.Export;

/// <summary>One exported article: the columns of a CSV export and the fields of a JSON Lines one, in this order.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="Url">The original address, when known.</param>
/// <param name="Score">The relevance score (comparable only within one export).</param>
/// <param name="Snippet">The best passage of the body as plain text (no markup), <c>…</c> where cut.</param>
/// <param name="Body">The whole text with <see cref="ExportRequest.WithBody"/>, else <c>null</c>.</param>
public sealed record ExportRow(string Id, string Title, string? Source, DateOnly? Published, string? Url, double Score, string Snippet, string? Body);

/// <summary>How an export is written.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV in UTF-8 with a header row.</summary>
    Csv,

    /// <summary>One JSON object per line, in UTF-8.</summary>
    JsonLines,
}

/// <summary>How far an export has got.</summary>
/// <param name="Rows">Rows written so far.</param>
/// <param name="Total">Rows the export will write.</param>
public readonly record struct ExportProgress(long Rows, long Total);

/// <summary>What an export wrote.</summary>
/// <param name="Rows">Rows written (the header aside).</param>
/// <param name="Notices">How the query was read, when that is not obvious (as a search's notices).</param>
public sealed record ExportSummary(long Rows, IReadOnlyList<string> Notices);
