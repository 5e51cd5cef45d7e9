using System.Reflection;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Search.Coverage;
using NewsSearch.Search.SignificantTerms;
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

    /// <summary>How often the engine checks, in the background, whether another process committed a newer index; a new
    /// index is read and made ready before searches switch to it. <see cref="TimeSpan.Zero"/>: every search checks
    /// first, and sees each commit at once (reading it on the search's time).</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>File size limit, writer threads and commit interval of indexing runs.</summary>
    public IndexingOptions Indexing { get; init; } = new();
}

/// <summary>The embedded search engine over one index folder: index articles, search them, read statistics.
/// Thread-safe: any number of searches may run at once, also while an indexing run commits.</summary>
public sealed partial class NewsSearchEngine : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Similarity _similarity;
    private readonly SearcherManager _searchers;
    private readonly ArticleSearcher _searcher;
    private readonly CoverageCounter _coverage;
    private readonly CharacteristicTerms _terms;
    private readonly NewsSearchOptions _options;
    private readonly System.Threading.Lock _indexing = new();
    private readonly BackgroundRefresh? _refresher;

    private NewsSearchEngine(string indexPath, LuceneDirectory directory, NewsSearchOptions options)
    {
        IndexPath = indexPath;
        _directory = directory;
        _options = options;
        _similarity = new RankingSimilarity(options.Ranking);
        _searchers = new SearcherManager(directory, new WarmingSearcherFactory(_similarity, options.Ranking.TitleRarityFromBody, reader => _searcher?.WarmQueries(reader)));
        _searcher = new ArticleSearcher(_searchers, new FrenchNewsAnalyzer(), options.Ranking);
        _coverage = new CoverageCounter(_searcher.Queries);
        _terms = new CharacteristicTerms(_searcher.Queries);
        _refresher = options.RefreshInterval > TimeSpan.Zero
            ? new BackgroundRefresh(_searchers, options.RefreshInterval, options.Logger, indexPath)
            : null;
    }

    /// <summary>The version of NewsSearch: this library's, which the program and server built with it report too.</summary>
    public static string Version { get; } =
        typeof(NewsSearchEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Opens the index at <paramref name="indexPath"/>, creating an empty one (and the folder) if there is none.</summary>
    /// <exception cref="IndexLockedException">The index does not exist yet and another process is creating it.</exception>
    public static NewsSearchEngine Open(string indexPath, NewsSearchOptions? options = null)
    {
        options ??= new NewsSearchOptions();
        var path = Path.GetFullPath(indexPath);
        System.IO.Directory.CreateDirectory(path);
        // Positional reads on shared handles, rather than FSDirectory.Open's MMapDirectory (crashes and slows down
        // under concurrent searches in this Lucene.Net beta) or NIOFSDirectory (one locked read of a file at a time).
        var directory = new Storage.PositionalReadDirectory(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            using var writer = ArticleIndexWriter.Open(directory, path, new BM25Similarity(), rebuild: false);
        }

        return new NewsSearchEngine(path, directory, options);
    }

    /// <summary>Whether there is an index at <paramref name="indexPath"/>, without creating one as <see cref="Open"/> does.</summary>
    public static bool IndexExists(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return false;
        }

        using var directory = new NIOFSDirectory(Path.GetFullPath(indexPath));
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Reads into memory, on a background thread, what searches of the current index use for every hit
    /// (per-segment publication days, outlets and story labels), as the engine does itself for each index it reopens
    /// later. For a long-lived engine (a server, a console): until this is done, and without it, a search reads those
    /// values for its own hits only, which costs a one-shot search less than reading them for the whole archive.
    /// A failure (the engine disposed meanwhile) is logged and leaves searches reading per hit.</summary>
    public Task WarmInBackground() => Task.Run(() =>
    {
        try
        {
            using var lease = new SearcherLease(_searchers);
            ReaderWarming.Warm(lease.Searcher.IndexReader);
            _searcher.WarmQueries(lease.Searcher.IndexReader);
        }
        catch (Exception e)
        {
            _options.Logger.Debug(e, "Could not read the index at {Path} ahead of searches; searches read the values of their hits", IndexPath);
        }
    });

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

    /// <summary>How much the index covers one or more stories over time: for each query (its match set, as
    /// <see cref="SearchResults.Total"/> counts it) and each day, ISO week, month or year, the matching articles, all
    /// articles of the period and their share; optionally per outlet. Counted from per-segment arrays in one pass over
    /// each match set; no article is loaded.</summary>
    /// <exception cref="ArgumentException">No query, too many, an empty one, or a start date after the end date.</exception>
    public CoverageResults Coverage(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefreshIfStale(force: false);
        using var lease = new SearcherLease(_searchers);
        return _coverage.Count(lease.Searcher, request);
    }

    /// <summary>The words and two-word names most over-represented in a query's match set compared with the whole
    /// index (JLH significance), shown as written in the articles (<c>vaccins</c>, <c>Emmanuel Macron</c>); stop words
    /// and the query's own words left out. Candidates come from the best-ranked matching articles
    /// (<see cref="TermsRequest.SampleSize"/>); the counts of those kept are exact.</summary>
    /// <exception cref="ArgumentException">An empty query, a start date after the end date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of terms or the sample size is out of range.</exception>
    public TermsResults Terms(TermsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefreshIfStale(force: false);
        using var lease = new SearcherLease(_searchers);
        return _terms.Find(lease.Searcher, request);
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
        var commitData = IndexFormat.LatestCommitData(_directory);
        return StatisticsReader.Read(lease, IndexPath) with { FormatVersion = IndexFormat.Read(commitData), LastReceived = ReceivedTime.Read(commitData) };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _refresher?.Dispose();
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

    /// <summary>Picks up commits made by other processes on the search path: when forced (counts and statistics must be
    /// current), or on every search when there is no background refresh.</summary>
    private void RefreshIfStale(bool force)
    {
        if (force || _refresher is null)
        {
            _searchers.MaybeRefresh();
        }
    }
}
