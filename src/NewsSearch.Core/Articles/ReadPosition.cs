namespace NewsSearch.Articles;

/// <summary>How far a streaming reader is into its file, for progress reports; read from another thread.</summary>
public sealed class ReadPosition
{
    private long _bytes;

    /// <summary>Bytes read so far.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Sets the bytes read so far.</summary>
    public void Set(long bytes) => Interlocked.Exchange(ref _bytes, bytes);
}
