using CsvHelper;

namespace NewsSearch.Export;

/// <summary>RFC 4180 CSV (comma-separated, CRLF, fields holding a comma, quote or line break in double quotes with
/// inner quotes doubled) in UTF-8, written by CsvHelper. A text cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a formula, gets a leading apostrophe (OWASP's
/// advice, CsvHelper's <see cref="CsvInjection.Escape"/>): spreadsheets show the text, the apostrophe hidden; the
/// score, a number, is never touched.</summary>
internal sealed class CsvExportWriter : IExportWriter
{
    private readonly CsvWriter _csv;
    private readonly bool _withBody;

    public CsvExportWriter(Stream output, bool withBody, bool byteOrderMark)
    {
        _withBody = withBody;
        _csv = CsvWriter.Create(output, CsvWriterOptions.Default with
        {
            Injection = CsvInjection.Escape,
            WriteByteOrderMark = byteOrderMark,
        }, leaveOpen: true);
        _csv.WriteHeader(ExportWriters.Columns(withBody));
    }

    public async ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        _csv.WriteField(row.Id);
        _csv.WriteField(row.Title);
        _csv.WriteField(row.Source);
        _csv.WriteField(row.Published, "");
        _csv.WriteField(row.Url);
        _csv.WriteField(row.Score, "");
        _csv.WriteField(row.Snippet);
        if (_withBody)
        {
            _csv.WriteField(row.Body);
        }

        await _csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
