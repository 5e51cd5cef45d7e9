namespace NewsSearch.Export;

/// <summary>Writes export rows to a stream in one format, buffering and writing asynchronously, so a slow reader
/// (a browser downloading) never blocks a thread and memory stays one buffer whatever the row count.</summary>
internal interface IExportWriter : IAsyncDisposable
{
    /// <summary>Writes one row (the header, if any, went first).</summary>
    ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and flushes the stream.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>The writer of each format.</summary>
internal static class ExportWriters
{
    /// <summary>The CSV header and the JSON Lines field names, in order (<c>body</c> last when asked for).</summary>
    public static string[] Columns(bool withBody) =>
        withBody ? ["id", "title", "source", "published", "url", "score", "snippet", "body"] : ["id", "title", "source", "published", "url", "score", "snippet"];

    public static IExportWriter Create(ExportFormat format, Stream output, bool withBody, bool byteOrderMark) => format switch
    {
        ExportFormat.Csv => new CsvExportWriter(output, withBody, byteOrderMark),
        ExportFormat.JsonLines => new JsonLinesExportWriter(output, withBody),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
    };
}
