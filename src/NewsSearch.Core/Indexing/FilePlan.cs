using Serilog;

namespace NewsSearch.Indexing;

/// <summary>A source file an indexing run will read, as it was when the run looked at it.</summary>
internal sealed record PlannedFile(string Path, long Size, long ModifiedUtcTicks)
{
    private string? _hash;

    public string Hash() => _hash ??= FileFingerprint.Hash(Path);

    public PlannedFile WithHash(string hash) => this with { _hash = hash };
}

/// <summary>Compares the source files with the manifest before anything is read: unchanged files (same size and
/// time, or same content hash) are counted and left unread; files that are gone have their documents deleted;
/// the rest is the plan.</summary>
internal static class FilePlan
{
    public static List<PlannedFile> Make(IReadOnlyList<string> files, ArticleIndexWriter writer, IndexingCounts counts, ILogger log)
    {
        var manifest = writer.Manifest.Files;
        var plan = new List<PlannedFile>();
        var unchanged = new List<(PlannedFile File, FileEntry Entry)>();
        foreach (var path in files)
        {
            long size, ticks;
            try
            {
                (size, ticks) = FileFingerprint.Stat(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                plan.Add(new PlannedFile(path, 0, 0));
                continue;
            }

            var file = new PlannedFile(path, size, ticks);
            if (manifest.TryGetValue(path, out var entry))
            {
                if (entry.Size == size && entry.ModifiedUtcTicks == ticks)
                {
                    counts.Unchanged += entry.Articles;
                    unchanged.Add((file, entry));
                    continue;
                }

                // Touched but the same bytes: remember the new time, read nothing.
                var hash = TryHash(file);
                if (hash == entry.Hash)
                {
                    writer.Manifest.Set(path, entry with { ModifiedUtcTicks = ticks });
                    counts.Unchanged += entry.Articles;
                    unchanged.Add((file, entry));
                    continue;
                }

                file = hash is null ? file : file.WithHash(hash);
                writer.ReplacedOrigins.Add(path);
            }

            plan.Add(file);
        }

        foreach (var gone in manifest.Keys.Where(p => !File.Exists(p)).ToList())
        {
            log.Debug("{File} is gone: deleting its documents", gone);
            writer.ReplacedOrigins.Add(gone);
            counts.Deleted += writer.DeleteOrigin(gone);
            writer.Manifest.Remove(gone);
        }

        // An unchanged file that dropped copies of articles held by a changed or removed file is read again: a copy it
        // dropped may now be the only one left. Its other articles are recognised as unchanged by their content hash.
        foreach (var (file, entry) in unchanged)
        {
            if (entry.CopiesOf?.Any(writer.ReplacedOrigins.Contains) == true)
            {
                log.Debug("{File} dropped copies of articles in changed or removed files: reading it again", file.Path);
                counts.Unchanged -= entry.Articles;
                plan.Add(file);
            }
        }

        return plan;
    }

    private static string? TryHash(PlannedFile file)
    {
        try
        {
            return file.Hash();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
