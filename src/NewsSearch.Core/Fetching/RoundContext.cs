using System.Collections.Concurrent;
using System.Diagnostics;
using Serilog;

namespace NewsSearch.Fetching;

/// <summary>What the feeds of one round share: the HTTP client, the state, the archive being written, the running
/// tallies, and the stop request.</summary>
internal sealed class RoundContext(PoliteHttpClient client, FetchOptions options, FetchState state, ArchiveWriter archive,
    TimeProvider clock, IProgress<FetchProgress>? progress, int feedsTotal, CancellationToken stop)
{
    private readonly long _requestsBefore = client.Counters.Requests;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _newItems, _pages, _teasers, _notModified, _feedsDone;

    public PoliteHttpClient Client => client;

    public FetchOptions Options => options;

    public ILogger Log => options.Logger;

    public FetchState State => state;

    public ArchiveWriter Archive => archive;

    public CancellationToken Stop => stop;

    public ConcurrentQueue<FetchFailure> Failed { get; } = new();

    public ConcurrentQueue<FetchFailure> BackedOff { get; } = new();

    /// <summary>Page addresses taken by a feed this round, so that two feeds linking one page download it once.</summary>
    public ConcurrentDictionary<string, bool> ClaimedPages { get; } = new(StringComparer.Ordinal);

    public System.Threading.Lock StateLock { get; } = new();

    public int NewItems => _newItems;

    public int PagesFetched => _pages;

    public int TeasersKept => _teasers;

    public int NotModified => _notModified;

    public DateTimeOffset Now => clock.GetUtcNow();

    public void CountNewItem() => Interlocked.Increment(ref _newItems);

    public void CountPage() => Interlocked.Increment(ref _pages);

    public void CountTeaser() => Interlocked.Increment(ref _teasers);

    public void CountNotModified() => Interlocked.Increment(ref _notModified);

    public void FeedDone() => Report(null, Interlocked.Increment(ref _feedsDone));

    public void Report(string? current) => Report(current, Volatile.Read(ref _feedsDone));

    private void Report(string? current, int done) =>
        progress?.Report(new FetchProgress(done, feedsTotal, _newItems, _pages, Failed.Count, client.Counters.Requests - _requestsBefore, _clock.Elapsed, current));
}
