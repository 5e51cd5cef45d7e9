using System.Diagnostics;
using NewsSearch.Fetching;
using NewsSearch.Indexing;

namespace NewsSearch;

/// <summary>Keeps an index fresh from the web: each round reads every feed of a sources list (politely, see
/// <see cref="FetchOptions"/>), downloads the article page of items that carry only a teaser, stores what it fetched
/// in the archive folder as JSON Lines (which <see cref="NewsSearchEngine.IndexFiles"/> reads, so a rebuild needs no
/// network), then indexes what is new. One fetcher per archive: a second one on the same folder is refused.</summary>
public sealed class NewsFetcher : IDisposable
{
    private const string LockName = ArchiveFolder.OwnPrefix + "fetch.lock";

    /// <summary>Pages downloaded longer ago are forgotten: a feed linking one so late is rare, and the state stays small.</summary>
    private static readonly TimeSpan ForgetPagesAfter = TimeSpan.FromDays(90);

    private readonly NewsSearchEngine _engine;
    private readonly FetchOptions _options;
    private readonly TimeProvider _clock;
    private readonly FileStream _lock;
    private readonly FetchState _state;
    private readonly SemaphoreSlim _oneRound = new(1, 1);
    private PoliteHttpClient? _client;
    private string? _clientSources;

    /// <summary>A fetcher that archives under <see cref="FetchOptions.ArchivePath"/> and indexes into <paramref name="engine"/>.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IOException">The archive folder cannot be created, or another fetcher is using it.</exception>
    public NewsFetcher(NewsSearchEngine engine, FetchOptions? options = null)
        : this(engine, options, TimeProvider.System)
    {
    }

    internal NewsFetcher(NewsSearchEngine engine, FetchOptions? options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _options = options ?? new FetchOptions();
        _options.Validate();
        _clock = clock;
        ArchivePath = Path.GetFullPath(_options.ArchivePath);
        Directory.CreateDirectory(ArchivePath);
        try
        {
            _lock = new FileStream(Path.Combine(ArchivePath, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"Another fetch is already running on the archive {ArchivePath}.", e);
        }

        _state = FetchStateStore.Load(ArchivePath, _options.Logger);
        ArchiveRecovery.Run(ArchivePath, _state, _options.Logger);
    }

    /// <summary>The archive folder (full path).</summary>
    public string ArchivePath { get; }

    /// <summary>Runs one round over <paramref name="sources"/>. A failing feed or page never fails the round: it is
    /// listed in <see cref="FetchSummary.Failed"/> and tried again next round. Cancelling finishes the article being
    /// fetched, then archives and indexes what the round fetched (<see cref="FetchSummary.Cancelled"/>).</summary>
    /// <exception cref="IOException">The archive cannot be written.</exception>
    /// <exception cref="IndexLockedException">Another indexing run holds the index (what was fetched stays archived and is indexed next round).</exception>
    public async Task<FetchSummary> FetchAsync(IReadOnlyList<FeedSource> sources, IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        await _oneRound.WaitAsync(CancellationToken.None);
        try
        {
            return await RoundAsync(sources, progress, cancellationToken);
        }
        finally
        {
            _oneRound.Release();
        }
    }

    /// <summary>Runs rounds every <paramref name="every"/> (from the start of one to the start of the next; a round
    /// that takes longer is followed at once by the next) until cancelled, handing each summary to <paramref name="onRound"/>.
    /// A round whose indexing finds the index locked by another run is logged and the rounds go on.</summary>
    /// <exception cref="IOException">The archive cannot be written.</exception>
    public async Task RunEveryAsync(IReadOnlyList<FeedSource> sources, TimeSpan every, Action<FetchSummary> onRound,
        IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onRound);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero);
        while (!cancellationToken.IsCancellationRequested)
        {
            var started = _clock.GetUtcNow();
            try
            {
                var summary = await FetchAsync(sources, progress, cancellationToken);
                onRound(summary);
                if (summary.Cancelled)
                {
                    return;
                }
            }
            catch (IndexLockedException e)
            {
                // Another indexing run (a reindex) holds the index: what was fetched stays archived and is indexed next round.
                _options.Logger.Error("This round could not index what it fetched: {Reason}; it stays archived for the next round", e.Message);
            }

            var wait = started + every - _clock.GetUtcNow();
            if (wait > TimeSpan.Zero && !await DelayAsync(wait, cancellationToken))
            {
                return;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client?.Dispose();
        _lock.Dispose();
        _oneRound.Dispose();
    }

    private async Task<FetchSummary> RoundAsync(IReadOnlyList<FeedSource> sources, IProgress<FetchProgress>? progress, CancellationToken stop)
    {
        var started = _clock.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var client = Client(sources);
        var (requests, bytes) = (client.Counters.Requests, client.Counters.Bytes);
        foreach (var source in sources)
        {
            _state.Feed(source.Url.AbsoluteUri);
        }

        var archive = new ArchiveWriter(ArchivePath, started);
        var round = new RoundContext(client, _options, _state, archive, _clock, progress, sources.Count, stop);
        try
        {
            // Feeds of one host one after the other (the host takes one request at a time anyway), hosts side by side.
            var hosts = sources.GroupBy(s => s.Url.IdnHost, StringComparer.OrdinalIgnoreCase);
            await Parallel.ForEachAsync(hosts, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentHosts }, async (host, _) =>
            {
                foreach (var source in host)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    await RunFeedAsync(source, round);
                    round.FeedDone();
                }
            });
        }
        finally
        {
            // Whatever happened, what was fetched is kept and the state says so.
            var files = archive.Complete();
            if (files.Count > 0)
            {
                _state.ArchivedThrough = ArchiveFolder.Relative(ArchivePath, files[^1]);
            }

            _state.Robots = new Dictionary<string, RobotsRecord>(client.Robots.Records, StringComparer.OrdinalIgnoreCase);
            foreach (var (page, fetched) in _state.Pages.Where(p => started - p.Value > ForgetPagesAfter).ToList())
            {
                _state.Pages.Remove(page);
            }

            FetchStateStore.Save(ArchivePath, _state);
        }

        // Indexed even when stopped: the round's articles are committed before the command ends.
        var indexing = _engine.IndexFiles([ArchivePath], cancellationToken: CancellationToken.None);
        clock.Stop();
        return new FetchSummary
        {
            Feeds = sources.Count,
            NotModified = round.NotModified,
            NewItems = round.NewItems,
            PagesFetched = round.PagesFetched,
            TeasersKept = round.TeasersKept,
            Failed = [.. round.Failed],
            BackedOff = [.. round.BackedOff],
            Archived = archive.Written,
            Added = indexing.Added,
            Updated = indexing.Updated,
            Documents = indexing.Documents,
            Requests = client.Counters.Requests - requests,
            BytesReceived = client.Counters.Bytes - bytes,
            Elapsed = clock.Elapsed,
            Started = started,
            Cancelled = stop.IsCancellationRequested,
            Indexing = indexing,
        };
    }

    private async Task RunFeedAsync(FeedSource source, RoundContext round)
    {
        try
        {
            await new FeedFetch(source, round).RunAsync();
        }
        catch (OperationCanceledException) when (round.Stop.IsCancellationRequested)
        {
            // Stopped while waiting for a host: the items taken so far are archived; the rest waits for the next round.
        }
        catch (ArchiveWriteException)
        {
            throw;
        }
#pragma warning disable CA1031 // One feed's unexpected failure (a parser fault on odd input) must not end the round for the others.
        catch (Exception e)
#pragma warning restore CA1031
        {
            round.Failed.Enqueue(new FetchFailure(source.Url.AbsoluteUri, $"unexpected error: {e.Message}"));
            _options.Logger.Error(e, "{Feed}: unexpected error", source.Url.AbsoluteUri);
        }
    }

    /// <summary>The HTTP client, kept between rounds (connections, robots.txt, host turns) while the sources stay the same.</summary>
    private PoliteHttpClient Client(IReadOnlyList<FeedSource> sources)
    {
        var key = string.Join('\n', sources.Select(s => s.Url.AbsoluteUri));
        if (_client is null || _clientSources != key)
        {
            _client?.Dispose();
            var guard = new AddressGuard(_options.AllowPrivate, sources.Select(s => s.Url));
            _client = new PoliteHttpClient(_options, guard, _state.Robots, _clock);
            _clientSources = key;
        }

        return _client;
    }

    private async Task<bool> DelayAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(wait, _clock, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
