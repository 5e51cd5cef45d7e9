using System.Globalization;

namespace NewsSearch.Articles;

/// <summary>Reads any supported file: recognises its format by content (then by extension), and turns unreadable,
/// binary, empty or oversized files into skipped results instead of errors.</summary>
public sealed class ArticleFileReader
{
    /// <summary>The default size above which a file that is loaded whole is skipped: 50 MB.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    private const int HeadLength = 8192;
    private readonly IReadOnlyList<IArticleReader> _readers;
    private readonly long _maxFileBytes;

    /// <summary>A reader for every supported format; files loaded whole (all but JSON Lines) may hold at most
    /// <paramref name="maxFileBytes"/> bytes.</summary>
    public ArticleFileReader(long maxFileBytes = DefaultMaxFileBytes)
        : this(
            // Order matters: the more specific content signatures first, plain text last.
            [new JsonLinesReader(), new JsonDocumentReader(), new FeedReader(), new HtmlPageReader(), new ScrapedPageReader()],
            maxFileBytes)
    {
    }

    internal ArticleFileReader(IReadOnlyList<IArticleReader> readers, long maxFileBytes = DefaultMaxFileBytes)
    {
        _readers = readers;
        _maxFileBytes = maxFileBytes;
    }

    /// <summary>Reads the articles of one file, lazily. Never throws for bad content; cancellation stops the read.</summary>
    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken = default) => Read(path, null, cancellationToken);

    /// <summary>Reads the articles of one file, telling <paramref name="position"/> how many of its bytes are read.</summary>
    public IEnumerable<ReadResult> Read(string path, ReadPosition? position, CancellationToken cancellationToken = default)
    {
        byte[] head;
        long length;
        try
        {
            // A pipe, a socket or a device reports no length and may block forever on open or read (a FIFO waits for
            // a writer): only a file that holds bytes is opened at all.
            if (new FileInfo(path) is { Exists: true, Length: 0 })
            {
                return [ReadResult.Skip(path, null, "empty file")];
            }

            using var stream = File.OpenRead(path);
            length = stream.Length;
            head = new byte[Math.Min(HeadLength, length)];
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

        // Content signatures decide first; the extension only when the content says nothing.
        var reader = _readers.FirstOrDefault(r => r.CanRead(path, head));
        if (reader is null)
        {
            return [ReadResult.Skip(path, null, $"unsupported format ({(Path.GetExtension(path) is { Length: > 0 } e ? e : "no extension")})")];
        }

        if (!reader.Streams && length > _maxFileBytes)
        {
            return [ReadResult.Skip(path, null, string.Create(CultureInfo.InvariantCulture,
                $"too large: {length / 1048576.0:0.#} MB, over the {_maxFileBytes / 1048576.0:0.#} MB limit for files read whole"))];
        }

        return reader is JsonLinesReader lines ? lines.Read(path, position, cancellationToken) : reader.Read(path, cancellationToken);
    }
}
