using NewsSearch.Indexing;
using Serilog;

namespace NewsSearch.Fetching;

/// <summary>Brings the state in line with the archive after a run that was killed: batches left half-written are
/// moved into place, and the items of archive files the state does not account for are marked as fetched, so the
/// next round neither downloads them again nor archives them twice.</summary>
internal static class ArchiveRecovery
{
    public static void Run(string archive, FetchState state, ILogger log)
    {
        var recovered = ArchiveWriter.Recover(archive);
        if (recovered.Count > 0)
        {
            log.Warning("Recovered {Count} archive batches left by a stopped run", recovered.Count);
        }

        var through = state.ArchivedThrough;
        foreach (var file in ArchiveFolder.Files(archive))
        {
            var relative = ArchiveFolder.Relative(archive, file);
            if (through is not null && string.CompareOrdinal(relative, through) <= 0)
            {
                continue;
            }

            log.Debug("Reading back {File}, written after the state was last saved", relative);
            foreach (var line in File.ReadLines(file))
            {
                if (ArchivedArticle.ReadBack(System.Text.Encoding.UTF8.GetBytes(line)) is { } item)
                {
                    state.Feed(item.Feed).Items[item.Id] = new ItemState(item.Fingerprint, item.Fetched);
                    if (item.Body == BodySource.Page && DuplicateKeys.Url(item.Url) is { } key)
                    {
                        state.Pages[key] = item.Fetched;
                    }
                }
            }

            state.ArchivedThrough = relative;
        }
    }
}
