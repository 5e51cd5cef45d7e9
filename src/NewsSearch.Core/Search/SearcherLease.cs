using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>A searcher borrowed from a <see cref="SearcherManager"/> and given back on dispose: <c>using var lease = ...</c>.</summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
