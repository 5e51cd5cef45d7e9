using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using NewsSearch.Articles;
using Serilog;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>One pass of files into the index: works out from the manifest which files are new, changed or gone,
/// reads only those, upserts their articles, deletes what they no longer hold, counts what happened, and commits
/// (at intervals for an incremental run, once at the end for a rebuild; when cancelled, an incremental run commits
/// what it read and a rebuild leaves the old index as it was).</summary>
internal sealed class IndexingRun
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    private readonly LuceneDirectory _directory;
    private readonly string _indexPath;
    private readonly Similarity _similarity;
    private readonly ILogger _log;
    private readonly IProgress<IndexingProgress>? _progress;
    private readonly IndexingOptions _options;
    private readonly IndexingCounts _counts = new();
    private readonly Stopwatch _clock = new();
    private TimeSpan? _lastProgress;
    private long _totalBytes;

    public IndexingRun(LuceneDirectory directory, string indexPath, Similarity similarity, ILogger log, IProgress<IndexingProgress>? progress, IndexingOptions? options = null)
    {
        _directory = directory;
        _indexPath = indexPath;
        _similarity = similarity;
        _log = log;
        _progress = progress;
        _options = options ?? new IndexingOptions();
    }

    public IndexingSummary IndexFiles(IEnumerable<string> paths, bool rebuild, CancellationToken cancellationToken)
    {
        _clock.Start();
        var upgrading = false;
        if (!rebuild && RebuildSourcesIfOtherFormat(paths) is { } everything)
        {
            (paths, rebuild, upgrading) = (everything, true, true);
        }

        var (files, missing) = SourceFiles.Expand(paths);
        foreach (var m in missing)
        {
            Skip(m);
        }

        using var writer = ArticleIndexWriter.Open(_directory, _indexPath, _similarity, rebuild, _options);
        var plan = FilePlan.Make(files, writer, _counts, _log);
        var reader = new ArticleFileReader(_options.MaxFileBytes);
        var cancelled = false;
        var sinceCommit = 0;
        long bytesDone = 0;
        var position = new ReadPosition();
        _totalBytes = plan.Sum(p => p.Size);
        try
        {
            for (var i = 0; i < plan.Count; i++)
            {
                var file = plan[i];
                _log.Debug("Reading {File}", file.Path);
                position.Set(0);
                var kept = new HashSet<string>(StringComparer.Ordinal);
                var copies = 0;
                var broken = false;
                using var results = reader.Read(file.Path, position, cancellationToken).GetEnumerator();
                var yielded = 0;
                while (Next(results, file.Path, ref broken) is { } result)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yielded++;
                    if (result.Skipped is { } skipped)
                    {
                        Skip(skipped);
                        continue;
                    }

                    var (article, problem) = ArticleLimits.Apply(result.Article!);
                    if (article is null)
                    {
                        Skip(new SkippedInput(file.Path, null, problem!));
                        continue;
                    }

                    var outcome = writer.Upsert(article, file.Path);
                    _counts.Count(outcome);
                    if (outcome != UpsertOutcome.Copy)
                    {
                        kept.Add(article.Id);
                    }
                    else
                    {
                        copies++;
                    }

                    if (!rebuild && ++sinceCommit >= _options.CommitEveryArticles)
                    {
                        // The file being read is not in the manifest yet: a crash after this commit re-reads it.
                        writer.Commit();
                        sinceCommit = 0;
                        _log.Debug("Committed after {Articles} articles", _counts.Processed);
                    }

                    Report(file.Path, bytesDone + position.Bytes, plan, i);
                }

                if (yielded == 0 && !broken)
                {
                    // Blank lines only, say: never silent, so every file given is accounted for.
                    Skip(new SkippedInput(file.Path, null, "no articles found"));
                }

                // A file that broke its reader half-way keeps what it held before: only a whole read says what is stale.
                _counts.Deleted += broken ? 0 : writer.DeleteStale(file.Path, kept);
                // A file that gave nothing (empty, or every line skipped) stays out, so it is looked at (and its
                // skips reported) again; one whose articles were all copies of others is recorded like any other.
                if (!broken && kept.Count + copies > 0 && TryHash(file) is { } hash)
                {
                    writer.Manifest.Set(file.Path, new FileEntry(file.Size, file.ModifiedUtcTicks, hash, kept.Count) { CopiesOf = writer.TwinOriginsOf(file.Path) });
                }
                else
                {
                    writer.Manifest.Remove(file.Path);
                }

                _counts.FilesRead++;
                bytesDone += file.Size;
                Report(file.Path, bytesDone, plan, i + 1);
            }
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        int documents;
        if (cancelled && rebuild)
        {
            _log.Warning("Rebuild cancelled after {Articles} articles; the previous index is left as it was", _counts.Processed);
            writer.Rollback();
            documents = CountDocuments();
        }
        else
        {
            if (cancelled)
            {
                _log.Warning("Indexing cancelled after {Articles} articles; committing what was read", _counts.Processed);
            }

            writer.Commit(final: true);
            LogLabelling(writer);
            documents = writer.DocumentCount;
        }

        return Summary(documents, cancelled) with { RebuiltFromOtherFormat = upgrading };
    }

    public IndexingSummary IndexArticles(IEnumerable<NewsArticle> articles, CancellationToken cancellationToken)
    {
        _clock.Start();
        using var writer = ArticleIndexWriter.Open(_directory, _indexPath, _similarity, rebuild: false, _options);
        var cancelled = false;
        try
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (safe, problem) = ArticleLimits.Apply(article);
                if (safe is null)
                {
                    Skip(new SkippedInput(article.Id[..64] + "…", null, problem!));
                    continue;
                }

                _counts.Count(writer.Upsert(safe, origin: null));
            }
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
        }

        writer.Commit(final: true);
        LogLabelling(writer);
        return Summary(writer.DocumentCount, cancelled);
    }

    /// <summary>The next result of a file, or null at its end. A reader that fails on content it did not foresee ends
    /// that file only, as a skip with the reason: one bad file never stops the run.</summary>
    private ReadResult? Next(IEnumerator<ReadResult> results, string path, ref bool broken)
    {
        try
        {
            return results.MoveNext() ? results.Current : null;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            _log.Debug(e, "Reading {File} failed", path);
            Skip(new SkippedInput(path, null, $"could not be read: {e.Message}"));
            broken = true;
            return null;
        }
    }

    private void LogLabelling(ArticleIndexWriter writer)
    {
        if (writer.Labelled is { } labelled)
        {
            _log.Debug(
                "Labelled copies {How} in {Milliseconds:F0} ms: {Changed} articles got a new label",
                labelled.Result.Incremental ? "of the run's articles" : "over the whole index",
                labelled.Elapsed.TotalMilliseconds,
                labelled.Result.Changed);
        }
    }

    private IndexingSummary Summary(int documents, bool cancelled)
    {
        _clock.Stop();
        return _counts.ToSummary(documents, _clock.Elapsed, cancelled);
    }

    /// <summary>When the index was built in another format (by another version), the files to rebuild it from: those
    /// named and those it was built from (still on disk), so folders not named in this run are kept as an incremental
    /// run keeps them. An incremental run over it would mix two mappings and never refresh its unchanged articles.</summary>
    private IEnumerable<string>? RebuildSourcesIfOtherFormat(IEnumerable<string> paths)
    {
        var data = IndexFormat.LatestCommitData(_directory);
        var found = IndexFormat.Read(data);
        if (data is null || IndexFormat.IsCurrent(found))
        {
            return null;
        }

        _log.Warning(
            "The index at {Path} was built by another version of NewsSearch (index format {Found}, this version writes {Current}): rebuilding it completely from its sources",
            _indexPath, IndexFormat.Describe(found), IndexFormat.Current);
        var earlier = FileManifest.Load(_indexPath, data).Files.Keys.Where(File.Exists).ToList();
        return paths.Concat(earlier);
    }

    private int CountDocuments()
    {
        if (!DirectoryReader.IndexExists(_directory))
        {
            return 0;
        }

        using var reader = DirectoryReader.Open(_directory);
        return reader.NumDocs;
    }

    private void Report(string file, long bytes, IReadOnlyList<PlannedFile> plan, int filesDone)
    {
        // The first article is reported at once (a run shows life immediately), then at most every ProgressEvery.
        if (_progress is null || _clock.Elapsed - _lastProgress < ProgressEvery)
        {
            return;
        }

        _lastProgress = _clock.Elapsed;
        _progress.Report(new IndexingProgress(_counts.Processed, file, _clock.Elapsed)
        {
            BytesRead = bytes,
            TotalBytes = _totalBytes,
            FilesDone = filesDone,
            FilesTotal = plan.Count,
        });
    }

    private static string? TryHash(PlannedFile file)
    {
        try
        {
            return file.Hash();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone or locked since it was read: left out of the manifest, so the next run looks at it again.
            return null;
        }
    }

    private void Skip(SkippedInput skipped)
    {
        _counts.Skipped.Add(skipped);
        _log.Warning("Skipped {Path}{Line}: {Reason}", skipped.Path, skipped.Line is { } line ? $" line {line}" : "", skipped.Reason);
    }
}
