using System.Text.Json;

namespace NewsSearch.Indexing;

/// <summary>What the index holds from one source file, and the file as it was when it was read.</summary>
/// <param name="Size">Bytes.</param>
/// <param name="ModifiedUtcTicks">Last write time, UTC ticks.</param>
/// <param name="Hash">SHA-256 of the content (first 16 bytes, hex).</param>
/// <param name="Articles">Documents the file contributed.</param>
internal sealed record FileEntry(long Size, long ModifiedUtcTicks, string Hash, int Articles)
{
    /// <summary>Other files holding the kept twins of articles this file had dropped as copies: should one of them
    /// change or go, this file is read again, so that a dropped copy comes back if it is now the only one.</summary>
    public IReadOnlyList<string>? CopiesOf { get; init; }
}

/// <summary>The per-file record of what earlier runs indexed, so the next run reads only new and changed files.
/// Kept as a JSON file in the index folder, named in the commit's user data: a crash before a commit leaves the
/// previous commit pointing at the previous manifest, so the two never disagree.</summary>
internal sealed class FileManifest
{
    /// <summary>The commit user data key naming the manifest file.</summary>
    public const string CommitKey = "newssearch.manifest";

    private const string Prefix = "manifest-";

    private readonly Dictionary<string, FileEntry> _files = new(StringComparer.Ordinal);

    /// <summary>The entries by full path.</summary>
    public IReadOnlyDictionary<string, FileEntry> Files => _files;

    /// <summary>Whether an entry was set or removed since the manifest was loaded or saved.</summary>
    public bool Changed { get; private set; }

    public void Set(string path, FileEntry entry)
    {
        Changed |= !_files.TryGetValue(path, out var old) || old != entry;
        _files[path] = entry;
    }

    public void Remove(string path) => Changed |= _files.Remove(path);

    /// <summary>The manifest the given commit names; empty when it names none or the file is unreadable
    /// (every file is then read again, and unchanged articles are recognised by their content hash).</summary>
    public static FileManifest Load(string indexPath, IDictionary<string, string>? commitData)
    {
        var manifest = new FileManifest();
        if (commitData is null || !commitData.TryGetValue(CommitKey, out var name))
        {
            return manifest;
        }

        try
        {
            using var stream = File.OpenRead(Path.Combine(indexPath, name));
            var files = JsonSerializer.Deserialize<Dictionary<string, FileEntry>>(stream);
            foreach (var (path, entry) in files ?? [])
            {
                manifest._files[path] = entry;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            manifest._files.Clear();
        }

        return manifest;
    }

    /// <summary>Writes the manifest to a new file, flushed to disk, and returns the name to put in the commit.</summary>
    public string Save(string indexPath)
    {
        var name = Prefix + DateTime.UtcNow.Ticks.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8] + ".json";
        using (var stream = new FileStream(Path.Combine(indexPath, name), FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, _files);
            stream.Flush(flushToDisk: true);
        }

        Changed = false;

        return name;
    }

    /// <summary>Removes manifest files other than <paramref name="current"/> (left by earlier commits or by crashed runs).</summary>
    public static void DeleteAllBut(string indexPath, string? current)
    {
        foreach (var file in Directory.EnumerateFiles(indexPath, Prefix + "*.json"))
        {
            if (!string.Equals(Path.GetFileName(file), current, StringComparison.Ordinal))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Left for the next run to remove; it is never read unless a commit names it.
                }
            }
        }
    }
}
