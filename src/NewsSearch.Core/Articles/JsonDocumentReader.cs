using System.Text.Json;

namespace NewsSearch.Articles;

/// <summary>Reads a JSON file holding an array of article objects (or a single article object). Elements are read one
/// at a time, so a file cut short keeps the articles before the cut and reports the rest as skipped.</summary>
internal sealed class JsonDocumentReader : IArticleReader
{
    public bool Streams => false;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.IsJsonDocument(head) || FormatSniffing.HasExtension(path, ".json");

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        return Parse(path, bytes, cancellationToken);
    }

    internal static List<ReadResult> Parse(string path, ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        var results = new List<ReadResult>();
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var json = bytes.StartsWith(bom) ? bytes[3..] : bytes;
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                results.Add(ReadResult.Skip(path, null, "empty JSON document"));
                return results;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                results.Add(ToResult(path, lines.At(json, reader.TokenStartIndex), ref reader));
                return results;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                results.Add(ReadResult.Skip(path, 1, "invalid JSON: expected an array of article objects"));
                return results;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(ToResult(path, lines.At(json, reader.TokenStartIndex), ref reader));
            }

            if (reader.TokenType != JsonTokenType.EndArray)
            {
                results.Add(ReadResult.Skip(path, lines.At(json, reader.TokenStartIndex), "invalid JSON: the array is not closed (file cut short?)"));
            }
        }
        catch (JsonException e)
        {
            results.Add(ReadResult.Skip(path, (int?)e.LineNumber + 1, $"invalid JSON: {FirstSentence(e.Message)}"));
        }

        return results;
    }

    private static ReadResult ToResult(string path, int line, ref Utf8JsonReader reader)
    {
        using var element = JsonDocument.ParseValue(ref reader);
        var (article, problem) = JsonArticleFields.ToArticle(element.RootElement);
        return article is not null ? ReadResult.Of(article) : ReadResult.Skip(path, line, problem!);
    }

    /// <summary>Utf8JsonReader knows byte offsets, not lines: counts newlines up to each offset asked, in one pass overall.</summary>
    private sealed class LineCounter
    {
        private long _offset;
        private int _line = 1;

        public int At(ReadOnlySpan<byte> json, long offset)
        {
            if (offset > _offset)
            {
                _line += json[(int)_offset..(int)offset].Count((byte)'\n');
                _offset = offset;
            }

            return _line;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
