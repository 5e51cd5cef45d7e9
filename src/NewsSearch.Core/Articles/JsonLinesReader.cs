using System.Text.Json;

namespace NewsSearch.Articles;

/// <summary>Streams JSON Lines: one article object per line. Lines are cut from the raw bytes and parsed as UTF-8
/// where they lie (no decoding to text and back), so file size never matters and the reading thread stays cheap.</summary>
internal sealed class JsonLinesReader : IArticleReader
{
    private const int BufferSize = 1 << 16;

    public bool Streams => true;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.HasExtension(path, ".jsonl", ".ndjson") || FormatSniffing.IsJsonLines(head);

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken) => Read(path, null, cancellationToken);

    /// <summary>Reads the file, telling <paramref name="position"/> how far into the file it is.</summary>
    public IEnumerable<ReadResult> Read(string path, ReadPosition? position, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        return ReadLines(path, stream, position, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadLines(string path, FileStream stream, ReadPosition? position, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var buffer = new byte[BufferSize];
            int start = 0, end = 0, number = 0;
            long consumed = 0;
            var endOfFile = false;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !endOfFile)
                {
                    // No whole line left in the buffer: keep the partial one, grow if it fills the buffer, read more.
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    (end, start) = (end - start, 0);
                    if (end == buffer.Length)
                    {
                        Array.Resize(ref buffer, buffer.Length * 2);
                    }

                    string? failure = null;
                    try
                    {
                        var read = stream.Read(buffer, end, buffer.Length - end);
                        endOfFile = read == 0;
                        end += read;
                    }
                    catch (IOException e)
                    {
                        failure = e.Message;
                    }

                    if (failure is not null)
                    {
                        yield return ReadResult.Skip(path, number + 1, $"unreadable: {failure}");
                        yield break;
                    }

                    continue;
                }

                var length = newline >= 0 ? newline : end - start;
                if (length == 0 && newline < 0)
                {
                    yield break;
                }

                var line = buffer.AsMemory(start, length);
                start += newline >= 0 ? length + 1 : length;
                consumed += newline >= 0 ? length + 1 : length;
                number++;
                position?.Set(consumed);
                if (number == 1 && line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    line = line[3..];
                }

                if (!line.Span.Trim(" \t\r"u8).IsEmpty)
                {
                    yield return ParseLine(path, number, line);
                }
            }
        }
    }

    internal static ReadResult ParseLine(string path, int number, ReadOnlyMemory<byte> line)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            // Not UTF-8: an export saved as Windows-1252 (Latin-1), the usual other encoding of French text.
            return ParseLine(path, number, TextDecoding.Windows1252.GetString(line.Span));
        }

        try
        {
            // The document reads the buffer in place; it is disposed before the buffer moves on.
            using var document = JsonDocument.Parse(line);
            var (article, problem) = JsonArticleFields.ToArticle(document.RootElement);
            return article is not null ? ReadResult.Of(article) : ReadResult.Skip(path, number, problem!);
        }
        catch (JsonException e)
        {
            return ReadResult.Skip(path, number, $"invalid JSON: {FirstSentence(e.Message)}");
        }
    }

    private static ReadResult ParseLine(string path, int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var (article, problem) = JsonArticleFields.ToArticle(document.RootElement);
            return article is not null ? ReadResult.Of(article) : ReadResult.Skip(path, number, problem!);
        }
        catch (JsonException e)
        {
            return ReadResult.Skip(path, number, $"invalid JSON: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
