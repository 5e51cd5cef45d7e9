namespace NewsSearch.Articles;

/// <summary>Reads any supported file: picks the reader for its format, and turns unreadable or binary files
/// into skipped results instead of errors.</summary>
public sealed class ArticleFileReader
{
    private const int HeadLength = 8192;
    private readonly IReadOnlyList<IArticleReader> _readers;

    /// <summary>A reader for every supported format.</summary>
    public ArticleFileReader()
        : this([new JsonLinesReader(), new ScrapedPageReader()])
    {
    }

    internal ArticleFileReader(IReadOnlyList<IArticleReader> readers) => _readers = readers;

    /// <summary>Reads the articles of one file, lazily. Never throws for bad content; cancellation stops the read.</summary>
    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[Math.Min(HeadLength, stream.Length)];
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        if (head.Length == 0)
        {
            return [ReadResult.Skip(path, null, "empty file")];
        }

        if (TextDecoding.LooksBinary(head))
        {
            return [ReadResult.Skip(path, null, "binary content")];
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(path, head));
        return reader is null
            ? [ReadResult.Skip(path, null, $"unsupported format ({Path.GetExtension(path)})")]
            : reader.Read(path, cancellationToken);
    }
}
