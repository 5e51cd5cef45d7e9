using System.Text;
using System.Text.Json;

namespace NewsSearch.Articles;

/// <summary>Streams JSON Lines: one article object per line, read line by line so file size never matters.</summary>
internal sealed class JsonLinesReader : IArticleReader
{
    public bool Streams => true;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.HasExtension(path, ".jsonl", ".ndjson") || FormatSniffing.IsJsonLines(head);

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken) => Read(path, null, cancellationToken);

    /// <summary>Reads the file, telling <paramref name="position"/> how far into the file it is.</summary>
    public IEnumerable<ReadResult> Read(string path, ReadPosition? position, CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        return ReadLines(path, reader, position, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadLines(string path, StreamReader reader, ReadPosition? position, CancellationToken cancellationToken)
    {
        using (reader)
        {
            var number = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? line;
                string? failure = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (IOException e)
                {
                    line = null;
                    failure = e.Message;
                }

                if (failure is not null)
                {
                    yield return ReadResult.Skip(path, number + 1, $"unreadable: {failure}");
                    yield break;
                }

                if (line is null)
                {
                    yield break;
                }

                number++;
                position?.Set(reader.BaseStream.Position);
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                yield return ParseLine(path, number, line);
            }
        }
    }

    internal static ReadResult ParseLine(string path, int number, string line)
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
