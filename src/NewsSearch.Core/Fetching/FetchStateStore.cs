using System.Text.Json;

namespace NewsSearch.Fetching;

/// <summary>Loads and saves the fetch state as a hidden JSON file in the archive folder, replaced atomically
/// (written beside, flushed, renamed), so a crash leaves the previous state or the new one, never half of one.</summary>
internal static class FetchStateStore
{
    public const string FileName = ArchiveFolder.OwnPrefix + "fetch-state.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static FetchState Load(string archive, Serilog.ILogger log)
    {
        var path = Path.Combine(archive, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<FetchState>(stream, Json) ?? new FetchState();
        }
        catch (FileNotFoundException)
        {
            return new FetchState();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Only validators and bookkeeping are lost: the archive itself tells which items were fetched.
            log.Warning("The fetch state {Path} cannot be read ({Reason}): starting afresh from the archive", path, e.Message);
            return new FetchState { ArchivedThrough = null };
        }
    }

    public static void Save(string archive, FetchState state)
    {
        var path = Path.Combine(archive, FileName);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, state, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
