using NewsSearch.Search;
using NewsSearch.Search.Listing;
using NewsSearch.Watches;

namespace NewsSearch;

/// <summary>Saved searches (watches) over the engine's index.</summary>
public sealed partial class NewsSearchEngine
{
    private WatchList? _watches;

    /// <summary>The index's saved searches: each lists the matching articles indexed since it last ran, and its newest
    /// matches for a feed. Kept in the index folder (<see cref="WatchList.FilePath"/>).</summary>
    public WatchList Watches => LazyInitializer.EnsureInitialized(ref _watches, () => new WatchList(IndexPath, ListLatest, LatestIndexedAt));

    /// <summary>Lists a match set over the latest commit (a watch must see what another process just indexed).</summary>
    private MatchListing ListLatest(SearchRequest request, MatchOrder order, SnippetKind snippets, long indexedAfter)
    {
        RefreshIfStale(force: true);
        return Lister.List(request, order, snippets, indexedAfter);
    }

    private long LatestIndexedAt()
    {
        RefreshIfStale(force: true);
        using var lease = new SearcherLease(_searchers);
        return IndexedAtValues.Latest(lease.Searcher.IndexReader);
    }
}
