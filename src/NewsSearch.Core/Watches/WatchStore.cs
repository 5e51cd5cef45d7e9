using System.Text.Json;
using System.Text.Json.Serialization;
using NewsSearch.Storage;

namespace NewsSearch.Watches;

/// <summary>The watches of one index, kept beside it as <c>watches.json</c> in the index folder (so they go with the
/// index they follow), replaced atomically on every change; <c>watches.lock</c> keeps changes one at a time across
/// processes. A file that cannot be read is never overwritten: the error says so, and the file stays for a person to fix.</summary>
internal sealed class WatchStore(string indexPath)
{
    public const string FileName = "watches.json";
    public const string LockName = "watches.lock";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Path { get; } = System.IO.Path.Combine(indexPath, FileName);

    /// <summary>Waits (up to <paramref name="timeout"/>) for the other process changing the watches, then holds them.</summary>
    /// <exception cref="IOException">Another process kept them all that time.</exception>
    public IDisposable Lock(TimeSpan timeout) => WatchLock.Acquire(System.IO.Path.Combine(indexPath, LockName), timeout);

    /// <summary>The watches, by name; none when there is no file yet.</summary>
    /// <exception cref="IOException">The file cannot be read, or is not a list of watches.</exception>
    public List<Watch> Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            using var stream = File.OpenRead(Path);
            var file = JsonSerializer.Deserialize<WatchFile>(stream, Json);
            var watches = file?.Watches ?? throw new JsonException("no 'watches' list");
            if (watches.FirstOrDefault(w => !Watch.IsValidName(w.Name) || string.IsNullOrWhiteSpace(w.Query)) is { } bad)
            {
                throw new JsonException($"a watch without a valid name or query ('{bad.Name}')");
            }

            return [.. watches];
        }
        catch (JsonException e)
        {
            throw new IOException($"The saved searches in {Path} cannot be read ({e.Message}); fix or remove the file.", e);
        }
    }

    /// <summary>Replaces the file with <paramref name="watches"/>, atomically.</summary>
    public void Save(IEnumerable<Watch> watches)
    {
        using var file = AtomicFile.Create(Path);
        JsonSerializer.Serialize(file.Stream, new WatchFile(1, [.. watches.OrderBy(w => w.Name, StringComparer.Ordinal)]), Json);
        file.Commit();
    }

    private sealed record WatchFile(int Version, List<Watch> Watches);
}
