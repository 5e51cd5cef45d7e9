using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSearch.Export;

/// <summary>JSON Lines: one object per line with the CSV's fields (<c>published</c> an ISO date or null, <c>score</c>
/// a number), UTF-8, French left readable; line breaks inside values are escaped, so every line is one article.
/// Rows are formatted into a buffer that is written out asynchronously whenever it is mostly full.</summary>
internal sealed class JsonLinesExportWriter : IExportWriter
{
    private const int FlushAt = 60 * 1024;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Stream _output;
    private readonly bool _withBody;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt + 4096);
    private readonly Utf8JsonWriter _json;

    public JsonLinesExportWriter(Stream output, bool withBody)
    {
        _output = output;
        _withBody = withBody;
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public async ValueTask WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteString("id", row.Id);
        _json.WriteString("title", row.Title);
        _json.WriteString("source", row.Source);
        _json.WriteString("published", row.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteString("url", row.Url);
        _json.WriteNumber("score", row.Score);
        _json.WriteString("snippet", row.Snippet);
        if (_withBody)
        {
            _json.WriteString("body", row.Body);
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _buffer.Write(NewLine);
        if (_buffer.WrittenCount >= FlushAt)
        {
            await WriteOutAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await WriteOutAsync(cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _json.DisposeAsync().ConfigureAwait(false);

    private async ValueTask WriteOutAsync(CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount > 0)
        {
            await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }
}
