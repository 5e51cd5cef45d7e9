using System.Diagnostics;
using Lucene.Net.Search.Similarities;
using NewsSearch.Articles;
using Serilog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>One pass of articles into the index: reads inputs, upserts them, counts what happened,
/// commits at intervals and at the end (also when cancelled).</summary>
internal sealed class IndexingRun
{
    private const int CommitEveryArticles = 20_000;
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(2);

    private readonly LuceneDirectory _directory;
    private readonly string _indexPath;
    private readonly Similarity _similarity;
    private readonly ILogger _log;
    private readonly IProgress<IndexingProgress>? _progress;
    private readonly List<SkippedInput> _skipped = [];
    private readonly Stopwatch _clock = new();
    private int _filesRead;
    private int _added;
    private int _updated;
    private int _unchanged;
    private int _duplicates;
    private string? _currentFile;

    public IndexingRun(LuceneDirectory directory, string indexPath, Similarity similarity, ILogger log, IProgress<IndexingProgress>? progress)
    {
        _directory = directory;
        _indexPath = indexPath;
        _similarity = similarity;
        _log = log;
        _progress = progress;
    }

    public IndexingSummary IndexFiles(IEnumerable<string> paths, bool rebuild, CancellationToken cancellationToken)
    {
        var (files, missing) = SourceFiles.Expand(paths);
        foreach (var m in missing)
        {
            Skip(m);
        }

        var reader = new ArticleFileReader();
        return Write(rebuild, cancellationToken, files.SelectMany(file => ReadFile(reader, file, cancellationToken)));
    }

    public IndexingSummary IndexArticles(IEnumerable<NewsArticle> articles, CancellationToken cancellationToken) =>
        Write(rebuild: false, cancellationToken, articles.Select(a => (ReadResult.Of(a), (string?)null)));

    private IEnumerable<(ReadResult Result, string? Origin)> ReadFile(ArticleFileReader reader, string file, CancellationToken cancellationToken)
    {
        _currentFile = file;
        _filesRead++;
        _log.Debug("Reading {File}", file);
        foreach (var result in reader.Read(file, cancellationToken))
        {
            yield return (result, file);
        }
    }

    private IndexingSummary Write(bool rebuild, CancellationToken cancellationToken, IEnumerable<(ReadResult Result, string? Origin)> inputs)
    {
        _clock.Start();
        var cancelled = false;
        var lastProgress = TimeSpan.Zero;
        int documents;
        using (var writer = ArticleIndexWriter.Open(_directory, _indexPath, _similarity, rebuild))
        {
            var sinceCommit = 0;
            try
            {
                foreach (var (result, origin) in inputs)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (result.Skipped is { } skipped)
                    {
                        Skip(skipped);
                        continue;
                    }

                    Count(writer.Upsert(result.Article!, origin));
                    if (++sinceCommit >= CommitEveryArticles)
                    {
                        writer.Commit();
                        sinceCommit = 0;
                        _log.Debug("Committed after {Articles} articles", Processed);
                    }

                    if (_clock.Elapsed - lastProgress >= ProgressEvery)
                    {
                        lastProgress = _clock.Elapsed;
                        _progress?.Report(new IndexingProgress(Processed, _currentFile, _clock.Elapsed));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                _log.Warning("Indexing cancelled after {Articles} articles; committing what was read", Processed);
            }

            writer.Commit();
            documents = writer.DocumentCount;
        }

        _clock.Stop();
        return new IndexingSummary
        {
            FilesRead = _filesRead,
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            Duplicates = _duplicates,
            Skipped = _skipped,
            Documents = documents,
            Elapsed = _clock.Elapsed,
            Cancelled = cancelled,
        };
    }

    private int Processed => _added + _updated + _unchanged + _duplicates;

    private void Count(UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.Added: _added++; break;
            case UpsertOutcome.Updated: _updated++; break;
            case UpsertOutcome.Unchanged: _unchanged++; break;
            case UpsertOutcome.Duplicate: _duplicates++; break;
        }
    }

    private void Skip(SkippedInput skipped)
    {
        _skipped.Add(skipped);
        _log.Warning("Skipped {Path}{Line}: {Reason}", skipped.Path, skipped.Line is { } line ? $" line {line}" : "", skipped.Reason);
    }
}
