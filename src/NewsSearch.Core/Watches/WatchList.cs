using NewsSearch.Search;
using NewsSearch.Search.Listing;

namespace NewsSearch.Watches;

/// <summary>The saved searches (watches) of an engine's index: add, list, remove, run, and each one's newest matches.
/// A watch follows articles by the time they were <em>indexed</em>, not published: a story published long ago that
/// reaches the index today is new to it. Adding a watch sets its baseline at the newest article already indexed, so
/// its first run lists what was indexed since it was added, not the whole archive (which <c>search</c> and
/// <c>export</c> are for). Changes are one at a time across processes; reading never waits.</summary>
public sealed class WatchList
{
    private readonly WatchStore _store;
    private readonly Func<SearchRequest, MatchOrder, SnippetKind, long, MatchListing> _list;
    private readonly Func<long> _latestIndexed;

    internal WatchList(string indexPath, Func<SearchRequest, MatchOrder, SnippetKind, long, MatchListing> list, Func<long> latestIndexed)
    {
        _store = new WatchStore(indexPath);
        _list = list;
        _latestIndexed = latestIndexed;
    }

    /// <summary>How long a change waits for another process changing the watches (a run of many watches takes a while).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The file the watches are kept in.</summary>
    public string FilePath => _store.Path;

    /// <summary>Every watch, by name.</summary>
    /// <exception cref="IOException">The watches file cannot be read.</exception>
    public IReadOnlyList<Watch> List() => [.. _store.Load().OrderBy(w => w.Name, StringComparer.Ordinal)];

    /// <summary>The watch with this name, or <c>null</c>.</summary>
    /// <exception cref="IOException">The watches file cannot be read.</exception>
    public Watch? Get(string name) => _store.Load().FirstOrDefault(w => w.Name == name);

    /// <summary>Saves a new watch, its baseline set at the newest article indexed so far.</summary>
    /// <exception cref="ArgumentException">The name is not valid, is taken, or the query is empty or the dates reversed.</exception>
    /// <exception cref="IOException">The watches file cannot be read or written.</exception>
    public Watch Add(string name, string query, IReadOnlyList<string>? sources = null, DateOnly? from = null, DateOnly? to = null)
    {
        Watch.ValidateName(name);
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("A watch needs a query.", nameof(query));
        }

        var watch = new Watch
        {
            Name = name,
            Query = query.Trim(),
            Sources = sources?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList() ?? [],
            From = from,
            To = to,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        watch.ToSearchRequest().Validate();
        using var held = _store.Lock(LockTimeout);
        var watches = _store.Load();
        if (watches.Any(w => w.Name == name))
        {
            throw new ArgumentException($"A watch named '{name}' already exists.", nameof(name));
        }

        watch = watch with { SeenUpTo = _latestIndexed() };
        _store.Save([.. watches, watch]);
        return watch;
    }

    /// <summary>Deletes a watch; <c>false</c> when there was none of that name.</summary>
    /// <exception cref="IOException">The watches file cannot be read or written.</exception>
    public bool Remove(string name)
    {
        using var held = _store.Lock(LockTimeout);
        var watches = _store.Load();
        var removed = watches.RemoveAll(w => w.Name == name) > 0;
        if (removed)
        {
            _store.Save(watches);
        }

        return removed;
    }

    /// <summary>Starts a run of one watch (or of all): finds each one's matches indexed since its last run, and holds
    /// the watches until the run is disposed. Call <see cref="WatchRun.MarkSeen"/> once the reports are delivered:
    /// a run that stops before that reports the same articles next time, rather than losing them.</summary>
    /// <exception cref="ArgumentException">No watch has that name.</exception>
    /// <exception cref="IOException">The watches file cannot be read, or another run held it too long.</exception>
    public WatchRun Start(string? name = null)
    {
        if (name is not null)
        {
            Watch.ValidateName(name);
        }

        var held = _store.Lock(LockTimeout);
        try
        {
            var watches = _store.Load();
            var chosen = name is null ? watches : watches.Where(w => w.Name == name).ToList();
            if (name is not null && chosen.Count == 0)
            {
                throw new ArgumentException($"No watch is named '{name}'.", nameof(name));
            }

            var reports = chosen.Select(Find).ToList();
            return new WatchRun(held, _store, watches, reports);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Runs one watch (or all) and records what it found as seen.</summary>
    /// <exception cref="ArgumentException">No watch has that name.</exception>
    /// <exception cref="IOException">The watches file cannot be read or written.</exception>
    public IReadOnlyList<WatchReport> Run(string? name = null)
    {
        using var run = Start(name);
        run.MarkSeen();
        return run.Reports;
    }

    /// <summary>The watch's <paramref name="count"/> newest matches by indexing time (then publication date), whether
    /// or not a run has seen them: what its feed shows.</summary>
    /// <exception cref="ArgumentException">No watch has that name.</exception>
    /// <exception cref="IOException">The watches file cannot be read.</exception>
    public IReadOnlyList<WatchEntry> Newest(string name, int count)
    {
        var watch = Get(name) ?? throw new ArgumentException($"No watch is named '{name}'.", nameof(name));
        using var listing = _list(watch.ToSearchRequest(), MatchOrder.Indexed, SnippetKind.Highlighted, long.MinValue);
        return [.. listing.Articles(withBody: false, count, CancellationToken.None).Select((a, i) => new WatchEntry(Hit(a, i), a.IndexedAt > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(a.IndexedAt) : null))];
    }

    private WatchReport Find(Watch watch)
    {
        using var listing = _list(watch.ToSearchRequest(), MatchOrder.Indexed, SnippetKind.Highlighted, watch.SeenUpTo);
        var hits = listing.Articles(withBody: false, CancellationToken.None).Select(Hit).ToList();
        var seen = Math.Max(watch.SeenUpTo, IndexedAtValues.Latest(listing.Searcher.IndexReader));
        return new WatchReport(watch with { SeenUpTo = seen, LastRunAt = DateTimeOffset.UtcNow }, hits);
    }

    private static SearchHit Hit(ListedArticle article, int index) => new()
    {
        Rank = index + 1,
        Id = article.Id,
        Score = article.Score,
        Title = article.Title,
        Source = article.Source,
        Published = article.Published,
        Url = article.Url,
        Snippet = article.Snippet,
    };
}
