using System.Collections.Concurrent;

namespace NewsSearch.Fetching;

/// <summary>When each host may next be asked something: one request at a time per host, at least the delay (or the
/// host's robots.txt <c>Crawl-delay</c>, or its <c>Retry-After</c>) between the end of one and the start of the next,
/// and at most a few hosts at once.</summary>
internal sealed class HostSchedule(TimeSpan delay, int maxConcurrentHosts, TimeProvider clock)
{
    /// <summary>A robots.txt crawl delay longer than this is read as this: a site asking for ten minutes between
    /// two requests is still fetched, slowly.</summary>
    private static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _concurrent = new(maxConcurrentHosts, maxConcurrentHosts);

    /// <summary>Waits for this host's turn, then for a free slot among the hosts; the lease ends the turn.</summary>
    public async Task<IDisposable> WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new Host());
        await host.Turn.WaitAsync(cancellationToken);
        try
        {
            var notBefore = host.NotBefore > host.BlockedUntil ? host.NotBefore : host.BlockedUntil;
            // Timers may fire a little early: wait again until the time has really come.
            for (var wait = notBefore - clock.GetUtcNow(); wait > TimeSpan.Zero; wait = notBefore - clock.GetUtcNow())
            {
                await Task.Delay(wait + TimeSpan.FromMilliseconds(1), clock, cancellationToken);
            }

            await _concurrent.WaitAsync(cancellationToken);
        }
        catch
        {
            host.Turn.Release();
            throw;
        }

        return new Lease(this, host);
    }

    /// <summary>The host asked to be left alone until then (a long <c>Retry-After</c>).</summary>
    public void Block(Uri url, DateTimeOffset until)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new Host());
        lock (host)
        {
            host.BlockedUntil = host.BlockedUntil > until ? host.BlockedUntil : until;
        }
    }

    /// <summary>When the host asked to be left alone until a time still to come, that time.</summary>
    public DateTimeOffset? BlockedUntil(Uri url) =>
        _hosts.TryGetValue(url.IdnHost, out var host) && host.BlockedUntil > clock.GetUtcNow() ? host.BlockedUntil : null;

    /// <summary>The host's robots.txt asks for a longer delay than ours.</summary>
    public void SetCrawlDelay(Uri url, TimeSpan crawlDelay)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new Host());
        host.CrawlDelay = crawlDelay < MaxCrawlDelay ? crawlDelay : MaxCrawlDelay;
    }

    private sealed class Host
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NotBefore { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset BlockedUntil { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan CrawlDelay { get; set; }
    }

    /// <summary>The next request to the host waits for the delay counted from now, the end of this one.</summary>
    private void EndTurn(Host host)
    {
        var gap = host.CrawlDelay > delay ? host.CrawlDelay : delay;
        host.NotBefore = clock.GetUtcNow() + gap;
        _concurrent.Release();
        host.Turn.Release();
    }

    private sealed class Lease(HostSchedule schedule, Host host) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                schedule.EndTurn(host);
            }
        }
    }
}
