using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Search;
using Serilog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch;

/// <summary>Options for opening an engine.</summary>
public sealed record NewsSearchOptions
{
    /// <summary>Where log events go; silent by default.</summary>
    public ILogger Logger { get; init; } = Serilog.Core.Logger.None;

    /// <summary>Ranking parameters.</summary>
    public RankingOptions Ranking { get; init; } = new();

    /// <summary>How often a search checks whether another process committed a newer index.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>File size limit, writer threads and commit interval of indexing runs.</summary>
    public IndexingOptions Indexing { get; init; } = new();
}

/// <summary>The embedded search engine over one index folder: index articles, search them, read statistics.
/// Thread-safe: any number of searches may run at once, also while an indexing run commits.</summary>
public sealed class NewsSearchEngine : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Similarity _similarity;
    private readonly SearcherManager _searchers;
    private readonly ArticleSearcher _searcher;
    private readonly NewsSearchOptions _options;
    private readonly System.Threading.Lock _indexing = new();
    private long _lastRefreshTicks = Environment.TickCount64;

    private NewsSearchEngine(string indexPath, LuceneDirectory directory, NewsSearchOptions options)
    {
        IndexPath = indexPath;
        _directory = directory;
        _options = options;
        _similarity = new RankingSimilarity(options.Ranking);
        _searchers = new SearcherManager(directory, new SimilaritySearcherFactory(_similarity));
        _searcher = new ArticleSearcher(_searchers, new FrenchNewsAnalyzer(), options.Ranking);
    }

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Opens the index at <paramref name="indexPath"/>, creating an empty one (and the folder) if there is none.</summary>
    /// <exception cref="IndexLockedException">The index does not exist yet and another process is creating it.</exception>
    public static NewsSearchEngine Open(string indexPath, NewsSearchOptions? options = null)
    {
        options ??= new NewsSearchOptions();
        var path = Path.GetFullPath(indexPath);
        System.IO.Directory.CreateDirectory(path);
        // NIOFSDirectory rather than FSDirectory.Open's MMapDirectory, which in this Lucene.Net beta
        // crashes and slows down under concurrent searches (lucenenet #1013, #1151).
        var directory = new NIOFSDirectory(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            using var writer = ArticleIndexWriter.Open(directory, path, new BM25Similarity(), rebuild: false);
        }

        return new NewsSearchEngine(path, directory, options);
    }

    /// <summary>Whether the index holds no article.</summary>
    public bool IsEmpty
    {
        get
        {
            RefreshIfStale(force: true);
            using var lease = new SearcherLease(_searchers);
            return lease.Searcher.IndexReader.NumDocs == 0;
        }
    }

    /// <summary>The format the index was built in (see <see cref="IndexFormat"/>); <c>null</c> when it records none
    /// (built before formats were recorded). An index of another format still answers searches, but may miss fields
    /// and rank worse until it is rebuilt.</summary>
    public int? IndexFormatVersion => IndexFormat.Of(_directory);

    /// <summary>Adds new and changed articles from files or folders (walked recursively); articles already indexed
    /// with the same content are left alone; an index built in another format is rebuilt from them and from the files
    /// it was built from (<see cref="IndexingSummary.RebuiltFromOtherFormat"/>). Bad files and lines are skipped and
    /// listed in the summary.</summary>
    /// <exception cref="IndexLockedException">Another indexing run holds the index.</exception>
    public IndexingSummary IndexFiles(IEnumerable<string> paths, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunIndexing(run => run.IndexFiles(paths, rebuild: false, cancellationToken), progress);

    /// <summary>Rebuilds the index from scratch from files or folders. Searches keep seeing the previous index until the new one is committed.</summary>
    /// <exception cref="IndexLockedException">Another indexing run holds the index.</exception>
    public IndexingSummary RebuildFromFiles(IEnumerable<string> paths, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunIndexing(run => run.IndexFiles(paths, rebuild: true, cancellationToken), progress);

    /// <summary>Adds or updates articles given as objects (upsert by id).</summary>
    /// <exception cref="IndexLockedException">Another indexing run holds the index.</exception>
    public IndexingSummary IndexArticles(IEnumerable<NewsArticle> articles, CancellationToken cancellationToken = default) =>
        RunIndexing(run => run.IndexArticles(articles, cancellationToken), progress: null);

    /// <summary>Searches the index. Malformed query syntax never throws: it is searched as plain words.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page or page size is out of range.</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefreshIfStale(force: false);
        return _searcher.Search(request);
    }

    /// <summary>Searches the index with default options: first page, ten hits.</summary>
    public SearchResults Search(string query) => Search(new SearchRequest { Query = query });

    /// <summary>Up to <paramref name="count"/> articles most like the one with this id (shared distinctive words of
    /// title and body), best first; the article itself and its near-duplicate copies are left out.</summary>
    /// <exception cref="ArgumentException">No article has this id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not between 1 and <see cref="SearchRequest.MaxPageSize"/>.</exception>
    public SearchResults Similar(string id, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(id);
        RefreshIfStale(force: false);
        return _searcher.Similar(id, count);
    }

    /// <summary>The article with this id, or <c>null</c>.</summary>
    public NewsArticle? GetArticle(string id)
    {
        RefreshIfStale(force: false);
        return _searcher.Get(id);
    }

    /// <summary>The acronyms learned from the indexed articles that define them ("la procréation médicalement assistée
    /// (PMA)"), each with its expansions defined often enough to be used in searches, by acronym.</summary>
    public IReadOnlyList<LearnedAcronym> LearnedAcronyms()
    {
        RefreshIfStale(force: true);
        return _searcher.LearnedAcronyms();
    }

    /// <summary>Document count, outlets, date range and size on disk.</summary>
    public IndexStatistics GetStatistics()
    {
        RefreshIfStale(force: true);
        using var lease = new SearcherLease(_searchers);
        return StatisticsReader.Read(lease, IndexPath) with { FormatVersion = IndexFormatVersion };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
    }

    private IndexingSummary RunIndexing(Func<IndexingRun, IndexingSummary> run, IProgress<IndexingProgress>? progress)
    {
        lock (_indexing)
        {
            var summary = run(new IndexingRun(_directory, IndexPath, _similarity, _options.Logger, progress, _options.Indexing));
            _searchers.MaybeRefreshBlocking();
            return summary;
        }
    }

    /// <summary>Picks up commits made by other processes (or by an indexing run of this one), at most once per interval.</summary>
    private void RefreshIfStale(bool force)
    {
        var now = Environment.TickCount64;
        if (force || now - Interlocked.Read(ref _lastRefreshTicks) >= _options.RefreshInterval.TotalMilliseconds)
        {
            Interlocked.Exchange(ref _lastRefreshTicks, now);
            _searchers.MaybeRefresh();
        }
    }

    private sealed class SimilaritySearcherFactory(Similarity similarity) : SearcherFactory
    {
        // Norms are encoded at index time with the writer's similarity; searching with the same one keeps scores consistent.
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
