namespace NewsSearch.Articles;

/// <summary>Expands the paths given to an indexing run into the files to read: files as given,
/// folders walked recursively in a stable order, hidden entries left out.</summary>
public static class SourceFiles
{
    /// <summary>The files under the given files and folders. Missing paths are returned as skipped inputs.</summary>
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
                files.AddRange(Walk(Path.GetFullPath(path)));
            }
            else
            {
                missing.Add(new SkippedInput(path, null, "no such file or folder"));
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
