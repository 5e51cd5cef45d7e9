namespace NewsSearch.Core.Tests;

/// <summary>An index folder of its own for one test, deleted afterwards.</summary>
public sealed class TempIndex : IDisposable
{
    public TempIndex()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newssearch-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public NewsSearchEngine Open() => NewsSearchEngine.Open(System.IO.Path.Combine(Path, "index"));

    /// <summary>An engine that writes with one thread, so documents keep their input order and equal scores
    /// rank the same way in every index built from the same articles.</summary>
    public NewsSearchEngine OpenDeterministic() => NewsSearchEngine.Open(
        System.IO.Path.Combine(Path, "index"),
        new NewsSearchOptions { Indexing = new NewsSearch.Indexing.IndexingOptions { WriterThreads = 1 } });

    /// <summary>Writes a file under the test folder and returns its full path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, "input", relativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, "input", relativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string InputFolder => System.IO.Path.Combine(Path, "input");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a crashed test must not fail the others.
        }
    }
}
