using NewsSearch.Articles;

namespace NewsSearch.Indexing;

/// <summary>How indexing runs read files and use the machine.</summary>
public sealed record IndexingOptions
{
    /// <summary>Files read whole (all formats but JSON Lines, which is streamed) larger than this are skipped. Default 50 MB.</summary>
    public long MaxFileBytes { get; init; } = ArticleFileReader.DefaultMaxFileBytes;

    /// <summary>Threads that analyse and write documents while one thread reads files. Default: one per core, at most 4.</summary>
    public int WriterThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Memory the index writer buffers before flushing a segment to disk, in MB.</summary>
    public double RamBufferMB { get; init; } = 64;

    /// <summary>An incremental run commits after this many articles, so a crash loses at most that many.
    /// A rebuild commits only once, at the end, so nobody ever sees a half-built index.</summary>
    public int CommitEveryArticles { get; init; } = 50_000;
}
