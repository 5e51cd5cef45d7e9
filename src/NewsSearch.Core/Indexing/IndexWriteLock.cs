namespace NewsSearch.Indexing;

/// <summary>One indexing run per index at a time, across processes. Lucene's own write lock did not keep a second
/// process out on Linux with this Lucene.Net beta (both runs got it), so runs also take this lock: an exclusive
/// open of a file in the index folder, which .NET enforces between processes (an OS file lock, released by the OS
/// when a process dies, so a killed run never leaves the index locked). The file is never deleted: deleting it
/// could let two runs lock two different files of the same name.</summary>
internal sealed class IndexWriteLock : IDisposable
{
    public const string FileName = "indexing.lock";

    private readonly FileStream _file;

    private IndexWriteLock(FileStream file) => _file = file;

    /// <exception cref="IndexLockedException">Another run, in this process or another, holds the index.</exception>
    public static IndexWriteLock Acquire(string indexPath)
    {
        try
        {
            return new IndexWriteLock(new FileStream(Path.Combine(indexPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexLockedException(indexPath, e);
        }
    }

    public void Dispose() => _file.Dispose();
}
