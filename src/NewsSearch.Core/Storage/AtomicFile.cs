namespace NewsSearch.Storage;

/// <summary>A file written under a temporary name in the same folder and renamed over its final name only once it is
/// complete and on disk: readers of the final name see the old file or the whole new one, never a part. If the writer
/// stops before <see cref="Commit"/> (an error, a cancellation), disposing deletes the temporary file; a process killed
/// outright leaves it (hidden, named after the file) but never a partial file under the final name.</summary>
internal sealed class AtomicFile : IDisposable
{
    private bool _done;

    private AtomicFile(string path, string temporary, FileStream stream)
    {
        Path = path;
        TemporaryPath = temporary;
        Stream = stream;
    }

    /// <summary>The final name.</summary>
    public string Path { get; }

    /// <summary>The name written to until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>Where to write the content.</summary>
    public FileStream Stream { get; }

    /// <exception cref="IOException">The folder does not exist or cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be written.</exception>
    public static AtomicFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a folder, not a file.");
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cannot write {path}: the folder {folder} does not exist.");
        }

        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16, useAsync: true);
        return new AtomicFile(full, temporary, stream);
    }

    /// <summary>Flushes the content to disk and gives the file its final name (replacing any file of that name).</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(TemporaryPath, Path, overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_done)
        {
            _done = true;
            try
            {
                File.Delete(TemporaryPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left behind under its hidden temporary name; the final name was never touched.
            }
        }
    }
}
