using NewsSearch.Analysis;
using NewsSearch.Export;
using NewsSearch.Search.Listing;
using NewsSearch.Storage;

namespace NewsSearch;

/// <summary>Exports: a query's whole match set, not a page of it.</summary>
public sealed partial class NewsSearchEngine
{
    private MatchLister? _lister;

    /// <summary>Lists whole match sets; made on first use, since most engines never export or run saved searches.</summary>
    private MatchLister Lister => LazyInitializer.EnsureInitialized(ref _lister, () => new MatchLister(_searchers, new FrenchNewsAnalyzer(), _options.Ranking));

    /// <summary>Writes every article of the request's match set (near-duplicate copies included, so as many rows as a
    /// search without collapsing counts) to <paramref name="output"/>, in CSV or JSON Lines, in the request's order.
    /// Memory stays flat whatever the row count: only document ids and scores are held, each article is read when it
    /// is written. The stream is written asynchronously and left open.</summary>
    /// <exception cref="ArgumentException">The start date is after the end date.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; what was written so far stays written.</exception>
    public Task<ExportSummary> ExportAsync(ExportRequest request, Stream output, ExportFormat format = ExportFormat.Csv, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        RefreshIfStale(force: true);
        return new ArticleExporter(Lister).WriteAsync(request, output, format, progress, cancellationToken);
    }

    /// <summary>Writes the export (as <see cref="ExportAsync"/>) to a file, atomically: under a temporary name in the
    /// same folder, renamed to <paramref name="path"/> once complete and on disk. An export that fails or is cancelled
    /// deletes its temporary file and leaves any earlier file of that name as it was.</summary>
    /// <exception cref="ArgumentException">The start date is after the end date.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written under <paramref name="path"/>.</exception>
    public async Task<ExportSummary> ExportToFileAsync(ExportRequest request, string path, ExportFormat format = ExportFormat.Csv, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = AtomicFile.Create(path);
        _options.Logger.Debug("Exporting to {Temporary}, renamed to {Path} when complete", file.TemporaryPath, file.Path);
        var summary = await ExportAsync(request, file.Stream, format, progress, cancellationToken).ConfigureAwait(false);
        file.Commit();
        return summary;
    }

    /// <summary>The rows <see cref="ExportAsync"/> writes, read one at a time as the sequence is enumerated (the index
    /// as it was at the first row is read throughout; dispose the enumerator, as <c>foreach</c> does).</summary>
    /// <exception cref="ArgumentException">The start date is after the end date.</exception>
    public IEnumerable<ExportRow> Export(ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefreshIfStale(force: true);
        return new ArticleExporter(Lister).Rows(request, cancellationToken);
    }
}
