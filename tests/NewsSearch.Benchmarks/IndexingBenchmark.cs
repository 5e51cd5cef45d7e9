using System.Diagnostics;
using System.Globalization;
using NewsSearch.Articles;
using NewsSearch.Indexing;

namespace NewsSearch.Benchmarks;

/// <summary>End-to-end indexing of one corpus file into a fresh index, in this process (start-up excluded, as for the
/// Java peer): prints <c>peer=newssearch metric=M value=V</c> lines for tests/bench/index-benchmark.sh.
/// With <c>--slice N</c>, also the rate of each slice of N articles (is the rate flat as the index grows?).
/// Usage: <c>index CORPUS INDEX_DIR [--threads N] [--ram-mb MB] [--commit-every N] [--slice N] [--read-only]</c>.</summary>
internal static class IndexingBenchmark
{
    public static int Run(string[] args)
    {
        // As `newssearch index` does.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: NewsSearch.Benchmarks index CORPUS.jsonl INDEX_DIR [--threads N] [--ram-mb MB] [--read-only]");
            return 2;
        }

        var corpus = Path.GetFullPath(args[0]);
        var indexPath = Path.GetFullPath(args[1]);
        var options = new IndexingOptions();
        if (Value(args, "--threads") is { } threads)
        {
            options = options with { WriterThreads = (int)threads };
        }

        if (Value(args, "--ram-mb") is { } ram)
        {
            options = options with { RamBufferMB = ram };
        }

        if (Value(args, "--commit-every") is { } every)
        {
            options = options with { CommitEveryArticles = (int)every };
        }

        if (args.Contains("--read-only"))
        {
            return ReadOnly(corpus);
        }

        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }

        var clock = Stopwatch.StartNew();
        IndexingSummary summary;
        using (var engine = NewsSearchEngine.Open(indexPath, new NewsSearchOptions { Indexing = options }))
        {
            summary = engine.IndexFiles([corpus], Value(args, "--slice") is { } slice ? new SliceRates((int)slice) : null);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = new FileInfo(corpus).Length;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Print("index_docs", summary.Documents);
        Print("index_build_s", seconds);
        Print("index_docs_per_s", summary.Documents / seconds);
        Print("index_mb_per_s", bytes / 1048576.0 / seconds);
        Print("peak_working_set_bytes", self.PeakWorkingSet64);
        Print("index_size_bytes", new DirectoryInfo(indexPath).EnumerateFiles().Sum(f => f.Length));
        Print("writer_threads", options.WriterThreads);
        Print("gc_gen0_count", GC.CollectionCount(0));
        Print("gc_gen2_count", GC.CollectionCount(2));
        Print("gc_pause_s", GC.GetTotalPauseDuration().TotalSeconds);
        return summary.Skipped.Count == 0 ? 0 : 1;
    }

    /// <summary>The reading side alone (parse, content hash, duplicate keys): how much of a run is not Lucene.</summary>
    private static int ReadOnly(string corpus)
    {
        var clock = Stopwatch.StartNew();
        var articles = 0;
        foreach (var result in new ArticleFileReader().Read(corpus))
        {
            if (result.Article is { } article)
            {
                _ = ArticleDocumentMapper.ContentHash(article, corpus) + DuplicateKeys.Text(article);
                articles++;
            }
        }

        Print("read_only_s", clock.Elapsed.TotalSeconds);
        Print("read_only_docs", articles);
        return 0;
    }

    private static double? Value(string[] args, string name) => Options.Number(args, name);

    private static void Print(string metric, double value) => Options.Print(metric, value);

    /// <summary>Prints the articles per second of each slice of <paramref name="size"/> articles as the reading passes
    /// its end (progress comes on the reading thread, at most every 250 ms).</summary>
    private sealed class SliceRates(int size) : IProgress<IndexingProgress>
    {
        private int _slice;
        private TimeSpan _sliceStart;

        public void Report(IndexingProgress value)
        {
            while (value.Articles >= (_slice + 1) * size)
            {
                _slice++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"peer=newssearch metric=index_slice_docs_per_s slice={_slice} value={size / (value.Elapsed - _sliceStart).TotalSeconds:0.###}"));
                _sliceStart = value.Elapsed;
            }
        }
    }
}
