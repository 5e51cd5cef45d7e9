namespace NewsSearch.Articles;

/// <summary>Expands the paths given to an indexing run into the files to read: files as given,
/// folders walked recursively in a stable order. Hidden files and folders (a name starting with a dot, or marked
/// hidden) inside a folder are not read; each is reported once as skipped (a hidden folder's contents are not listed),
/// as are symbolic links to folders (never walked, so no link can make a loop) and links that lead nowhere,
/// except the fetcher's own files beside its archive (<c>.newssearch-…</c>), passed over in silence.</summary>
public static class SourceFiles
{
    /// <summary>The files under the given files and folders. Missing paths and hidden entries are returned as skipped inputs.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<SkippedInput> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<SkippedInput>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                Walk(Path.GetFullPath(path), files, missing);
            }
            else
            {
                missing.Add(new SkippedInput(path, null, "no such file or folder"));
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    private static void Walk(string folder, List<string> files, List<SkippedInput> skipped)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var folderEntry = entry is DirectoryInfo;
            if (entry.Name.StartsWith(Fetching.ArchiveFolder.OwnPrefix, StringComparison.Ordinal))
            {
                // The fetcher's own bookkeeping beside its archive (state, lock, batches being written): not a source,
                // and not worth a warning on every run over the archive.
                continue;
            }

            if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                skipped.Add(new SkippedInput(entry.FullName, null, folderEntry ? "hidden folder" : "hidden file"));
            }
            else if (entry.LinkTarget is not null)
            {
                // A link to a file is read as the file; a link to a folder is not walked (it may lead back up and
                // loop), and one that leads nowhere (or to itself) is said so.
                var target = FinalTarget(entry);
                if (folderEntry || (target is not null && Directory.Exists(target)))
                {
                    skipped.Add(new SkippedInput(entry.FullName, null, "link to a folder, not followed"));
                }
                else if (target is not null && File.Exists(target))
                {
                    files.Add(entry.FullName);
                }
                else
                {
                    skipped.Add(new SkippedInput(entry.FullName, null, "broken or looping link"));
                }
            }
            else if (folderEntry)
            {
                Walk(entry.FullName, files, skipped);
            }
            else
            {
                files.Add(entry.FullName);
            }
        }
    }

    // Where a chain of links ends; null when it never does (a loop) or cannot be followed.
    private static string? FinalTarget(FileSystemInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
