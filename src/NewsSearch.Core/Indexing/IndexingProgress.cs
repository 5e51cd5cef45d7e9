namespace NewsSearch.Indexing;

/// <summary>A progress report of a running indexing run.</summary>
/// <param name="Articles">Articles processed so far.</param>
/// <param name="CurrentFile">The file being read, when reading files.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IndexingProgress(int Articles, string? CurrentFile, TimeSpan Elapsed)
{
    /// <summary>Bytes of the files to read that have been read so far.</summary>
    public long BytesRead { get; init; }

    /// <summary>Bytes of all the files this run reads (new and changed ones; unchanged files are not read).</summary>
    public long TotalBytes { get; init; }

    /// <summary>Files finished so far.</summary>
    public int FilesDone { get; init; }

    /// <summary>Files this run reads.</summary>
    public int FilesTotal { get; init; }

    /// <summary>Articles per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}
