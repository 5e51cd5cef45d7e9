namespace NewsSearch.Articles;

/// <summary>Turns one file of a given format into articles.</summary>
internal interface IArticleReader
{
    /// <summary>Whether the reader streams the file (its size does not matter) rather than loading it whole.</summary>
    bool Streams { get; }

    /// <summary>Whether this reader understands the file, judged from its name and its first bytes.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>Reads the file lazily; bad parts come back as skipped results, never as exceptions.</summary>
    IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken);
}
