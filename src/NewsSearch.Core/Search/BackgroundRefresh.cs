using Lucene.Net.Search;
using Serilog;

namespace NewsSearch.Search;

/// <summary>Looks once per interval, on a timer thread, for a commit newer than the index the searches use, and
/// reopens it; the searcher factory (<see cref="WarmingSearcherFactory"/>) makes the new index ready before searches
/// switch to it, so no search waits for a commit made by another process.</summary>
internal sealed class BackgroundRefresh : IDisposable
{
    private readonly SearcherManager _searchers;
    private readonly ILogger _log;
    private readonly string _indexPath;
    private readonly Timer _timer;

    public BackgroundRefresh(SearcherManager searchers, TimeSpan interval, ILogger log, string indexPath)
    {
        _searchers = searchers;
        _log = log;
        _indexPath = indexPath;
        _timer = new Timer(_ => Refresh(), null, interval, interval);
    }

    /// <summary>Stops the timer, waiting for a refresh under way, which must not reopen a disposed index.</summary>
    public void Dispose()
    {
        using var stopped = new ManualResetEvent(false);
        if (_timer.Dispose(stopped))
        {
            stopped.WaitOne();
        }
    }

    private void Refresh()
    {
        try
        {
            // Returns at once when a refresh is already under way.
            _searchers.MaybeRefresh();
        }
        catch (ObjectDisposedException)
        {
            // The engine is being disposed.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A commit being written or deleted under us: the next tick tries again; searches keep the reader they have.
            _log.Debug(e, "Could not reopen the index at {Path}; searching the previous version", _indexPath);
        }
    }
}
