namespace NewsSearch.Indexing;

/// <summary>A progress report of a running indexing run.</summary>
/// <param name="Articles">Articles processed so far.</param>
/// <param name="CurrentFile">The file being read, when reading files.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IndexingProgress(int Articles, string? CurrentFile, TimeSpan Elapsed)
{
    /// <summary>Articles per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
}
