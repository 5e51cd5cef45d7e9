using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class IndexWriterLifecycleTests
{
    private static string Lines(int count, string prefix = "d") => string.Concat(Enumerable.Range(0, count)
        .Select(i => $"{{\"id\": \"{prefix}{i}\", \"title\": \"Titre {prefix} {i}\", \"body\": \"Le corps numéro {i} parle de {prefix}.\"}}\n"));

    [Fact]
    public void Second_indexing_run_while_one_holds_the_index_fails_with_index_locked()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        using var directory = new NIOFSDirectory(engine.IndexPath);
        using (ArticleIndexWriter.Open(directory, engine.IndexPath, new BM25Similarity(), rebuild: false))
        {
            var e = Assert.Throws<IndexLockedException>(() => engine.IndexArticles([Some.Article("a")]));
            Assert.Contains("locked", e.Message);
        }

        Assert.Equal(1, engine.IndexArticles([Some.Article("a")]).Added);
    }

    [Fact]
    public void Rebuild_replaces_the_documents_and_a_cancelled_rebuild_leaves_the_old_index_whole()
    {
        using var index = new TempIndex();
        index.WriteFile("old.jsonl", Lines(30, "old"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var abandoned = engine.RebuildFromFiles([index.InputFolder], cancellationToken: cancelled.Token);
        Assert.True(abandoned.Cancelled);
        Assert.Equal(30, abandoned.Documents);
        Assert.Equal(30, engine.GetStatistics().Documents);

        File.Delete(Path.Combine(index.InputFolder, "old.jsonl"));
        index.WriteFile("new.jsonl", Lines(5, "new"));
        var rebuilt = engine.RebuildFromFiles([index.InputFolder]);
        Assert.Equal((5, 5), (rebuilt.Added, rebuilt.Documents));
        Assert.Null(engine.GetArticle("old0"));
        Assert.Single(System.IO.Directory.GetFiles(engine.IndexPath, "manifest-*.json"));
        // The rebuilt index is itself incremental: the next run reads nothing.
        Assert.Equal((0, 5), (engine.IndexFiles([index.InputFolder]).FilesRead, engine.GetStatistics().Documents));
    }

    [Fact]
    public void Cancelled_incremental_run_commits_what_it_read_and_the_next_run_finishes()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Lines(40));
        using var engine = index.Open();
        using var stop = new CancellationTokenSource();
        var read = 0;
        var summary = engine.IndexFiles([index.InputFolder], new Stopper(() => ++read == 1, stop), stop.Token);
        Assert.Equal((true, 1), (summary.Cancelled, summary.Documents));
        var next = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((39, 1, 40), (next.Added, next.Unchanged, next.Documents));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Any_number_of_writer_threads_gives_the_same_documents(int threads)
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Lines(300) + Lines(20));
        using var engine = NewsSearchEngine.Open(Path.Combine(index.Path, "index"), new NewsSearchOptions
        {
            Indexing = new IndexingOptions { WriterThreads = threads, CommitEveryArticles = 50 },
        });
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((300, 20, 300), (summary.Added, summary.Duplicates, summary.Documents));
        using var reader = DirectoryReader.Open(FSDirectory.Open(engine.IndexPath));
        Assert.Equal(300, reader.NumDocs);
    }

    [Fact]
    public void Manifest_is_not_a_document_and_never_counts()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Lines(3));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        Assert.Equal(3, engine.GetStatistics().Documents);
        Assert.False(engine.IsEmpty);
    }

    /// <summary>Cancels the run from its first progress report; reports are synchronous, so this is deterministic.</summary>
    private sealed class Stopper(Func<bool> when, CancellationTokenSource stop) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            if (when())
            {
                stop.Cancel();
            }
        }
    }
}
