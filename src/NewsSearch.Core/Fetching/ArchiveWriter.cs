namespace NewsSearch.Fetching;

/// <summary>Writes a round's articles to the archive: each line appended to a hidden batch file as soon as its
/// article is complete (so a killed run loses nothing it downloaded: the next run moves the batch into place), and a
/// batch moved into place, whole, when it is full or the round ends. <c>index</c> only ever sees complete files.</summary>
internal sealed class ArchiveWriter : IDisposable
{
    private readonly string _archive;
    private readonly DateTimeOffset _roundStart;
    private readonly int _batchSize;
    private readonly System.Threading.Lock _lock = new();
    private readonly List<string> _completed = [];
    private FileStream? _current;
    private int _batch;
    private int _inBatch;

    public ArchiveWriter(string archive, DateTimeOffset roundStart, int batchSize = 500)
    {
        _archive = archive;
        _roundStart = roundStart;
        _batchSize = batchSize;
    }

    public int Written { get; private set; }

    /// <exception cref="ArchiveWriteException">The archive folder cannot be written.</exception>
    public void Add(ArchivedArticle article)
    {
        var line = article.ToJsonLine();
        lock (_lock)
        {
            try
            {
                Append(line);
            }
            catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not ArchiveWriteException)
            {
                throw new ArchiveWriteException(_archive, e);
            }
        }
    }

    private void Append(byte[] line)
    {
        if (_current is null)
        {
            Directory.CreateDirectory(_archive);
            _current = new FileStream(ArchiveFolder.PartialPath(_archive, _roundStart, ++_batch), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        }

        _current.Write(line);
        // Into the operating system's hands at once: a killed process keeps the line; the batch is synced when it closes.
        _current.Flush(flushToDisk: false);
        Written++;
        if (++_inBatch >= _batchSize)
        {
            CloseBatch();
        }
    }

    /// <summary>Moves the batch being written into place; returns every file this round completed.</summary>
    /// <exception cref="ArchiveWriteException">The archive folder cannot be written.</exception>
    public IReadOnlyList<string> Complete()
    {
        lock (_lock)
        {
            try
            {
                CloseBatch();
            }
            catch (Exception e) when (e is (IOException or UnauthorizedAccessException) and not ArchiveWriteException)
            {
                throw new ArchiveWriteException(_archive, e);
            }

            return [.. _completed];
        }
    }

    public void Dispose() => Complete();

    /// <summary>Moves the batches a killed run left behind into place, cut after their last whole line.</summary>
    public static IReadOnlyList<string> Recover(string archive)
    {
        var recovered = new List<string>();
        foreach (var partial in ArchiveFolder.Partials(archive))
        {
            var bytes = File.ReadAllBytes(partial);
            var end = Array.LastIndexOf(bytes, (byte)'\n') + 1;
            if (end == 0)
            {
                File.Delete(partial);
                continue;
            }

            using (var stream = new FileStream(partial, FileMode.Open, FileAccess.Write))
            {
                stream.SetLength(end);
                stream.Flush(flushToDisk: true);
            }

            recovered.Add(MoveIntoPlace(archive, partial));
        }

        return recovered;
    }

    private void CloseBatch()
    {
        if (_current is null)
        {
            return;
        }

        var path = _current.Name;
        _current.Flush(flushToDisk: true);
        _current.Dispose();
        _current = null;
        _inBatch = 0;
        _completed.Add(MoveIntoPlace(_archive, path));
    }

    private static string MoveIntoPlace(string archive, string partial)
    {
        var final = ArchiveFolder.FinalPath(archive, partial);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        File.Move(partial, final, overwrite: false);
        return final;
    }
}

/// <summary>The archive folder cannot be written: the round cannot keep what it fetches.</summary>
public sealed class ArchiveWriteException : IOException
{
    /// <summary>Wraps the file system's failure.</summary>
    public ArchiveWriteException(string archive, Exception inner)
        : base($"The archive {archive} cannot be written: {inner?.Message}", inner)
    {
    }
}
