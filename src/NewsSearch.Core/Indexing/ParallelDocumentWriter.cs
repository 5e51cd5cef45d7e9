using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace NewsSearch.Indexing;

/// <summary>Hands documents from the reading thread to writer threads that analyse and add them (IndexWriter is
/// thread-safe, and analysis is where the time goes). Documents travel in batches through one bounded queue: memory
/// stays flat however large the input, no writer idles while another has work, and the hand-off costs one blocking
/// wait per batch rather than a spinning wait per document (which, on two cores, took CPU from the writers).
/// A write that must land after earlier writes of the same id waits for the queue to empty first (rare: the same id
/// twice in one run).</summary>
internal sealed class ParallelDocumentWriter : IDisposable
{
    private const int BatchSize = 64;
    private const int BatchesPerThread = 4;

    /// <summary>The RAM limit while the last documents go in: well above what a queue of them fills, so they are not
    /// flushed in many tiny segments, well under a full buffer.</summary>
    private const double FinalFlushMB = 8;
    private readonly IndexWriter _writer;
    private readonly int _threads;
    private List<(Term? Replace, Document Document)> _batch = new(BatchSize);
    private BlockingCollection<List<(Term? Replace, Document Document)>> _queue = null!;
    private Thread[] _workers = [];
    private Exception? _failure;

    public ParallelDocumentWriter(IndexWriter writer, int threads)
    {
        _writer = writer;
        _threads = Math.Max(1, threads);
        Start();
    }

    /// <summary>Queues a document: added, or replacing the documents that hold <paramref name="replace"/>.</summary>
    public void Write(Term? replace, Document document)
    {
        _batch.Add((replace, document));
        if (_batch.Count < BatchSize)
        {
            return;
        }

        Submit();
    }

    /// <summary>Replaces the documents holding <paramref name="replace"/> after every write queued so far has landed.</summary>
    public void WriteAfterQueued(Term replace, Document document)
    {
        Drain();
        _writer.UpdateDocument(replace, document);
    }

    /// <summary>Waits until every queued document is in the writer (before a commit), rethrowing a worker's failure.</summary>
    public void Drain()
    {
        if (_batch.Count > 0 && Volatile.Read(ref _failure) is null)
        {
            _queue.Add(_batch);
        }

        // After a failure the run is abandoned (the failure is thrown below), so a batch not handed over is dropped.
        _batch = new List<(Term?, Document)>(BatchSize);
        Stop();
        var failure = Interlocked.Exchange(ref _failure, null);
        Start();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Like <see cref="Drain"/>, but the writer threads first flush the buffers they filled, each its own and
    /// both at once, while adding the last queued documents; otherwise the commit that follows flushes every buffer one
    /// after the other on the committing thread (the serial tail of a large run). A small RAM limit does it: Lucene
    /// then marks the largest buffer for flushing on the next add, and the adding thread flushes it.</summary>
    public void DrainFlushingOnWriterThreads()
    {
        var config = _writer.Config;
        var limit = config.RAMBufferSizeMB;
        config.RAMBufferSizeMB = Math.Min(limit, FinalFlushMB);
        try
        {
            Drain();
        }
        finally
        {
            config.RAMBufferSizeMB = limit;
        }
    }

    public void Dispose()
    {
        // Disposing after a failure: the failure was already reported by Drain or is being thrown.
        Stop();
        _queue.Dispose();
    }

    private void Submit()
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            // A writer failed: stop feeding it, and let Drain report the failure.
            Drain();
            return;
        }

        _queue.Add(_batch);
        _batch = new List<(Term?, Document)>(BatchSize);
    }

    private void Start()
    {
        _queue = new BlockingCollection<List<(Term?, Document)>>(BatchesPerThread * _threads);
        var queue = _queue;
        _workers = Enumerable.Range(0, _threads)
            .Select(i => new Thread(() => Work(queue)) { IsBackground = true, Name = $"index-writer-{i}" })
            .ToArray();
        foreach (var worker in _workers)
        {
            worker.Start();
        }
    }

    private void Stop()
    {
        _queue.CompleteAdding();
        foreach (var worker in _workers)
        {
            worker.Join();
        }
    }

    private void Work(BlockingCollection<List<(Term? Replace, Document Document)>> queue)
    {
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            if (Volatile.Read(ref _failure) is not null)
            {
                continue; // Empty the queue so the reading thread is never left blocked on a full one.
            }

            try
            {
                foreach (var (replace, document) in batch)
                {
                    if (replace is null)
                    {
                        _writer.AddDocument(document);
                    }
                    else
                    {
                        _writer.UpdateDocument(replace, document);
                    }
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
        }
    }
}
