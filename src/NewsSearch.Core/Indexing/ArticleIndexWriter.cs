using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Articles;
using NewsSearch.Indexing.Labelling;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>What writing one article did.</summary>
internal enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,

    /// <summary>The same id again in this run: the later input replaced the earlier one.</summary>
    Duplicate,

    /// <summary>The same article under another id (same address or same text): dropped, the first one kept.</summary>
    Copy,
}

/// <summary>The single owner of an <see cref="IndexWriter"/> for one indexing run: decides for each article whether it
/// is new, changed, unchanged or a duplicate (against the index as it was when the run began and the run so far),
/// queues the writes to the writer threads, deletes the documents of removed and changed files, and commits
/// together with the file manifest.</summary>
internal sealed class ArticleIndexWriter : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly ParallelDocumentWriter _documents;
    private readonly IndexSnapshot _before;

    // The index as the latest commit holds it, for the times its articles were first indexed: the same snapshot as
    // _before for an incremental run; for a rebuild, the old index, which stays readable until the new one is committed.
    private readonly IndexSnapshot _earlier;
    private readonly IndexedAtClock _clock;
    private readonly string _indexPath;
    private readonly bool _rebuild;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _originOfKept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _twinOrigins = new(StringComparer.Ordinal);
    private RunChanges _changes = new();

    // The smallest story label never given, when the commit the run started from has complete labels.
    private long? _nextLabel;
    private IndexWriteLock? _runLock;
    private bool _closed;
    private bool _pending;
    private bool _committedOnce;
    private bool _received;
    private DateTimeOffset? _lastReceived;

    // The format the commits record: the current one for a new or rebuilt index; an appended index keeps the one it
    // had, since its older documents keep their older fields.
    private int? _format = IndexFormat.Current;

    private ArticleIndexWriter(IndexWriter writer, IndexSnapshot before, IndexSnapshot earlier, IndexedAtClock clock, string indexPath, bool rebuild, int threads)
    {
        _writer = writer;
        _before = before;
        _earlier = earlier;
        _clock = clock;
        _indexPath = indexPath;
        _rebuild = rebuild;
        _documents = new ParallelDocumentWriter(writer, threads);
    }

    /// <summary>The manifest of the commit the run started from (empty for a rebuild).</summary>
    public FileManifest Manifest { get; private set; } = new();

    /// <summary>What the last commit's labelling did, and how long it took; <c>null</c> before any.</summary>
    public (LabellingResult Result, TimeSpan Elapsed)? Labelled { get; private set; }

    /// <summary>Origins whose documents must not count as the original of a duplicate: their files are changed or gone.</summary>
    public HashSet<string> ReplacedOrigins { get; } = new(StringComparer.Ordinal);

    /// <summary>Opens the writer (taking the index's write lock). <paramref name="rebuild"/> starts from an empty index
    /// whose only commit, at the end, replaces the old one atomically: readers keep the old commit until then.</summary>
    public static ArticleIndexWriter Open(LuceneDirectory directory, string indexPath, Similarity similarity, bool rebuild, IndexingOptions? options = null)
    {
        options ??= new IndexingOptions();
        var config = new IndexWriterConfig(LuceneVersionInUse.Value, new FrenchNewsAnalyzer())
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
            RAMBufferSizeMB = options.RamBufferMB,
            // A flushed segment stays as its own files instead of being copied once more into a compound file:
            // the copy (read, write, checksum) was 3 % of indexing time; merges still pack small segments.
            UseCompoundFile = false,
            // Every segment costs each query term one lookup per search, and every commit leaves small segments
            // (each writer thread flushes its own): segments under 64 MB count as 64 MB, so they are merged together
            // early (cheap, as they are small), and fewer segments per size tier keep a million articles in about a
            // dozen segments instead of thirty.
            MergePolicy = new TieredMergePolicy { FloorSegmentMB = 64, SegmentsPerTier = 6 },
        };

        var runLock = IndexWriteLock.Acquire(indexPath);
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            runLock.Dispose();
            throw new IndexLockedException(indexPath, e);
        }
        catch
        {
            runLock.Dispose();
            throw;
        }

        var exists = DirectoryReader.IndexExists(directory);
        var latest = exists ? DirectoryReader.Open(directory) : null;
        var before = new IndexSnapshot(rebuild ? null : latest);
        var earlier = rebuild ? new IndexSnapshot(latest) : before;
        var clock = new IndexedAtClock(latest?.IndexCommit.UserData);
        var result = new ArticleIndexWriter(writer, before, earlier, clock, indexPath, rebuild, options.WriterThreads) { _runLock = runLock };
        var previous = rebuild ? null : latest;
        if (previous is not null)
        {
            result.Manifest = FileManifest.Load(indexPath, previous.IndexCommit.UserData);
            result._committedOnce = result.Manifest.Files.Count > 0 || previous.IndexCommit.UserData.ContainsKey(FileManifest.CommitKey);
            result._format = IndexFormat.Read(previous.IndexCommit.UserData);
            result._lastReceived = ReceivedTime.Read(previous.IndexCommit.UserData);
            result._nextLabel = DuplicateLabelling.NextLabel(previous.IndexCommit.UserData);
        }
        else if (!rebuild)
        {
            // A brand-new index: commit it empty at once, so a crash before the first real commit still leaves an index that opens.
            result.Commit();
        }

        return result;
    }

    public UpsertOutcome Upsert(NewsArticle article, string? origin)
    {
        var hash = ArticleDocumentMapper.ContentHash(article, origin);
        var urlKey = DuplicateKeys.Url(article.Url);
        var textKey = DuplicateKeys.Text(article);
        var idTerm = new Term(FieldNames.Id, article.Id);
        _pending = true;
        if (!_seen.Add(article.Id))
        {
            // The same id twice in one run: the later input wins and the two count as one article.
            _changes.Wrote(article.Id);
            _documents.WriteAfterQueued(idTerm, ArticleDocumentMapper.ToDocument(article, origin, hash, IndexedAt(article.Id, known: true), urlKey, textKey));
            _received = true;
            return UpsertOutcome.Duplicate;
        }

        var previousHash = _before.HashOf(article.Id);
        if (previousHash is null && IsCopyOfAnother(article.Id, urlKey, textKey, out var twinOrigin))
        {
            _seen.Remove(article.Id);
            if (origin is not null && twinOrigin is not null && twinOrigin != origin)
            {
                if (!_twinOrigins.TryGetValue(origin, out var twins))
                {
                    _twinOrigins[origin] = twins = new SortedSet<string>(StringComparer.Ordinal);
                }

                twins.Add(twinOrigin);
            }

            return UpsertOutcome.Copy;
        }

        Remember(article.Id, origin, urlKey, textKey);
        if (previousHash == hash)
        {
            return UpsertOutcome.Unchanged;
        }

        _received = true;
        _changes.Wrote(article.Id);
        if (previousHash is not null)
        {
            _changes.Removes(article.Id);
        }

        // Known absent from the index: a plain add skips the delete-by-term lookup.
        var document = ArticleDocumentMapper.ToDocument(article, origin, hash, IndexedAt(article.Id, known: previousHash is not null), urlKey, textKey);
        _documents.Write(previousHash is null ? null : idTerm, document);
        return previousHash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    /// <summary>Deletes the documents a file produced in earlier runs that its new content no longer holds.</summary>
    public int DeleteStale(string origin, IReadOnlySet<string> keptIds)
    {
        var deleted = 0;
        _pending = true;
        foreach (var id in _before.IdsOf(origin))
        {
            if (!keptIds.Contains(id))
            {
                _writer.DeleteDocuments(new BooleanQuery
                {
                    { new TermQuery(new Term(FieldNames.Id, id)), Occur.MUST },
                    { new TermQuery(new Term(FieldNames.Origin, origin)), Occur.MUST },
                });
                _changes.Removes(id);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Deletes every document of a source file that is gone.</summary>
    public int DeleteOrigin(string origin)
    {
        var ids = _before.IdsOf(origin);
        foreach (var id in ids)
        {
            _changes.Removes(id);
        }

        var count = ids.Count;
        _pending = true;
        _writer.DeleteDocuments(new Term(FieldNames.Origin, origin));
        return count;
    }

    /// <summary>Writes everything queued, then commits it together with <see cref="Manifest"/>. The last commit of a
    /// run (<paramref name="final"/>) also labels the near-duplicate copies of what the run changed; the commits in
    /// between leave the articles they add unlabelled (shown as stories of their own until the run ends) and record no
    /// next label, so a run stopped before its end has the next one cluster the whole index.</summary>
    public void Commit(bool final = false)
    {
        _documents.DrainFlushingOnWriterThreads();
        if (!_pending && !Manifest.Changed && _committedOnce)
        {
            // Nothing to write: a new commit would only make every searcher reopen the same index.
            return;
        }

        var labelled = final && IndexFormat.IsCurrent(_format);
        if (labelled)
        {
            // What the run remembered to recognise copies among its own articles is no longer needed: its memory
            // (a million articles' ids, addresses and text keys) goes to labelling instead of adding to the peak.
            ForgetRun();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = DuplicateLabelling.Update(_writer, _changes, _before, _nextLabel);
            Labelled = (result, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            _nextLabel = result.NextLabel;
            _changes = new RunChanges();
        }

        var name = Manifest.Save(_indexPath);
        var data = new Dictionary<string, string> { [FileManifest.CommitKey] = name, [IndexedAtClock.CommitKey] = _clock.CommitValue };
        if (_format is { } format)
        {
            data[IndexFormat.CommitKey] = IndexFormat.ToCommitValue(format);
        }

        if (labelled && _nextLabel is { } nextLabel)
        {
            data[DuplicateLabelling.CommitKey] = DuplicateLabelling.ToCommitValue(nextLabel);
        }

        _lastReceived = _received ? DateTimeOffset.UtcNow : _lastReceived;
        _received = false;
        if (_lastReceived is { } received)
        {
            data[ReceivedTime.CommitKey] = ReceivedTime.ToCommitValue(received);
        }

        _writer.SetCommitData(data);
        _writer.Commit();
        _clock.Committed();
        FileManifest.DeleteAllBut(_indexPath, name);
        _pending = false;
        _committedOnce = true;
    }

    /// <summary>The other files whose articles made this run drop articles of <paramref name="origin"/> as copies.</summary>
    public IReadOnlyList<string>? TwinOriginsOf(string origin) =>
        _twinOrigins.TryGetValue(origin, out var twins) ? [.. twins] : null;

    /// <summary>Drops everything since the last commit (a cancelled rebuild keeps the old index whole).</summary>
    public void Rollback()
    {
        if (!_closed)
        {
            _closed = true;
            _documents.Dispose();
            _writer.Rollback();
        }
    }

    public int DocumentCount => _writer.NumDocs;

    public bool Rebuild => _rebuild;

    public void Dispose()
    {
        _before.Dispose();
        if (!ReferenceEquals(_earlier, _before))
        {
            _earlier.Dispose();
        }

        if (_pending)
        {
            // Not committed by the run (it failed): Lucene's Dispose would commit a part of the work, and for a
            // rebuild that is a half-built index. Drop it; the last commit stays as it was.
            Rollback();
        }
        else if (!_closed)
        {
            _closed = true;
            _documents.Dispose();
            _writer.Dispose();
        }

        _runLock?.Dispose();
    }

    /// <summary>The indexing time of an article about to be written: the one it was first indexed with when the index
    /// already holds it (an edit, or a rebuild, is not news), else the current batch's.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="known">Whether the index the run started from may hold it (for an incremental run, whether it did).</param>
    private long IndexedAt(string id, bool known) =>
        (_rebuild || known ? _earlier.IndexedAtOf(id) : null) ?? _clock.Batch;

    /// <summary>Whether the article is a copy of one kept earlier in this run or in the index; if so, also the file
    /// that holds the kept one.</summary>
    private bool IsCopyOfAnother(string id, string? urlKey, string textKey, out string? twinOrigin)
    {
        if ((urlKey is not null && _urls.TryGetValue(urlKey, out var other) && other != id)
            || (_texts.TryGetValue(textKey, out other) && other != id))
        {
            twinOrigin = _originOfKept.GetValueOrDefault(other);
            return true;
        }

        var twin = (urlKey is null ? null : IndexedTwin(FieldNames.UrlKey, urlKey, id)) ?? IndexedTwin(FieldNames.TextKey, textKey, id);
        twinOrigin = twin?.Origin;
        return twin is not null;
    }

    /// <summary>The article already in the index under another id with this key: it counts only if its file stays as
    /// it is in this run.</summary>
    private (string Id, string? Origin)? IndexedTwin(string field, string key, string id) =>
        _before.OwnerOf(field, key) is { } owner && owner.Id != id && !ReplacedOrigins.Contains(owner.Origin ?? "") ? owner : null;

    private void ForgetRun()
    {
        _seen.Clear();
        _seen.TrimExcess();
        _urls.Clear();
        _urls.TrimExcess();
        _texts.Clear();
        _texts.TrimExcess();
        _originOfKept.Clear();
        _originOfKept.TrimExcess();
    }

    private void Remember(string id, string? origin, string? urlKey, string textKey)
    {
        _originOfKept[id] = origin;
        if (urlKey is not null)
        {
            _urls.TryAdd(urlKey, id);
        }

        _texts.TryAdd(textKey, id);
    }
}
