using Microsoft.Extensions.Hosting;
using NewsSearch.Fetching;
using NewsSearch.Indexing;
using Serilog;

namespace NewsSearch.Server;

/// <summary>Fetch rounds inside the server, so one process serves and stays fresh.</summary>
/// <param name="Sources">The feeds to follow.</param>
/// <param name="Every">Time from the start of one round to the start of the next.</param>
/// <param name="Options">How to fetch (archive, delay, limits); its logger is replaced by the server's.</param>
public sealed record FetchSchedule(IReadOnlyList<FeedSource> Sources, TimeSpan Every, FetchOptions Options);

/// <summary>Runs the fetch rounds in the background while the server answers: a round indexes through the same
/// engine, whose searches keep using the last commit until the round's commit is complete, so a search never waits
/// for a round and never sees half of one. A round that fails (the index locked by another process, the archive
/// unwritable) is logged and the next one tried at its time; the server keeps serving.</summary>
internal sealed class FetchService(NewsSearchEngine engine, FetchSchedule schedule, ILogger log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the server listens first.
        await Task.Yield();
        NewsFetcher fetcher;
        try
        {
            fetcher = new NewsFetcher(engine, schedule.Options with { Logger = log });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            log.Error("Fetching is off: {Reason}", e.Message);
            return;
        }

        using (fetcher)
        {
            log.Information("Fetching {Feeds} feeds every {Every} into {Archive}", schedule.Sources.Count, schedule.Every, fetcher.ArchivePath);
            while (!stoppingToken.IsCancellationRequested)
            {
                var started = DateTimeOffset.UtcNow;
                try
                {
                    var s = await fetcher.FetchAsync(schedule.Sources, null, stoppingToken);
                    log.Information(
                        "Fetch round: {Feeds} feeds, {NotModified} not modified, {NewItems} new items, {Pages} pages, {Failed} failed; {Added} added, {Updated} updated, {Documents} documents ({Requests} requests, {Bytes} bytes, {Seconds:0.0} s)",
                        s.Feeds, s.NotModified, s.NewItems, s.PagesFetched, s.Failed.Count, s.Added, s.Updated, s.Documents, s.Requests, s.BytesReceived, s.Elapsed.TotalSeconds);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or IndexLockedException)
                {
                    log.Error("Fetch round failed: {Reason}; the next round is at its time", e.Message);
                }

                var wait = started + schedule.Every - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(wait, stoppingToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        }
    }
}
