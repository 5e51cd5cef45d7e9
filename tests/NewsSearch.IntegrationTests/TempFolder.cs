namespace NewsSearch.IntegrationTests;

/// <summary>A working folder of its own for one test (with a copy of the seeds when asked), deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(bool withSeeds = false)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newssearch-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (withSeeds)
        {
            var seeds = System.IO.Path.Combine(Path, "seeds");
            Directory.CreateDirectory(seeds);
            foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepoRoot, "seeds")))
            {
                System.IO.File.Copy(file, System.IO.Path.Combine(seeds, System.IO.Path.GetFileName(file)));
            }
        }
    }

    public string Path { get; }

    public string File(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("NewsSearch.sln not found");
        }
    }

    /// <summary>The shared corpus beside the repository, when present (benchmarks and a few corpus tests use it).</summary>
    public static string? SharedCorpus
    {
        get
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "corpus", "fr-news.jsonl"));
            return System.IO.File.Exists(path) ? path : null;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a process killed by a test may still hold a file for a moment.
        }
    }
}
