namespace NewsSearch.Watches;

/// <summary>A run of watches in progress (see <see cref="WatchList.Start"/>): holds the watches, so a second run waits
/// and then sees this one's progress; <see cref="MarkSeen"/> records it; disposing lets the next run in.</summary>
public sealed class WatchRun : IDisposable
{
    private readonly IDisposable _lock;
    private readonly WatchStore _store;
    private readonly List<Watch> _all;
    private bool _disposed;

    internal WatchRun(IDisposable held, WatchStore store, List<Watch> all, IReadOnlyList<WatchReport> reports)
    {
        _lock = held;
        _store = store;
        _all = all;
        Reports = reports;
    }

    /// <summary>What each watch run found, in name order.</summary>
    public IReadOnlyList<WatchReport> Reports { get; }

    /// <summary>Records the reported articles as seen: the next run lists only articles indexed after them.</summary>
    /// <exception cref="IOException">The watches file cannot be written.</exception>
    public void MarkSeen()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var ran = Reports.ToDictionary(r => r.Watch.Name, r => r.Watch, StringComparer.Ordinal);
        _store.Save(_all.Select(w => ran.GetValueOrDefault(w.Name) ?? w));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _lock.Dispose();
        }
    }
}
