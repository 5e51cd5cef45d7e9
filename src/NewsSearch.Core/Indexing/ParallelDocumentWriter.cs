using System.Threading.Channels;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace NewsSearch.Indexing;

/// <summary>Hands documents from the reading thread to writer threads that analyse and add them (IndexWriter is
/// thread-safe, and analysis is where the time goes). One shared bounded queue: memory stays flat however large the
/// input, and no writer idles while another has work. A write that must land after earlier writes of the same id
/// waits for the queue to empty first (rare: the same id twice in one run).</summary>
internal sealed class ParallelDocumentWriter : IDisposable
{
    private const int QueuePerThread = 256;
    private readonly IndexWriter _writer;
    private readonly int _threads;
    private Channel<(Term? Replace, Document Document)> _queue = null!;
    private Task[] _workers = [];

    public ParallelDocumentWriter(IndexWriter writer, int threads)
    {
        _writer = writer;
        _threads = Math.Max(1, threads);
        Start();
    }

    /// <summary>Queues a document: added, or replacing the documents that hold <paramref name="replace"/>.</summary>
    public void Write(Term? replace, Document document)
    {
        while (!_queue.Writer.TryWrite((replace, document)))
        {
            if (!_queue.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                // A worker stopped on an error: Drain rethrows it.
                Drain();
            }
        }
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
        _queue.Writer.TryComplete();
        try
        {
            Task.WaitAll(_workers);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            throw e.InnerExceptions[0];
        }
        finally
        {
            Start();
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        try
        {
            Task.WaitAll(_workers);
        }
        catch (AggregateException)
        {
            // Disposing after a failure: the failure was already reported by Drain or is being thrown.
        }
    }

    private void Start()
    {
        _queue = Channel.CreateBounded<(Term?, Document)>(new BoundedChannelOptions(QueuePerThread * _threads) { SingleWriter = true });
        var queue = _queue;
        _workers = Enumerable.Range(0, _threads)
            .Select(_ => Task.Factory.StartNew(() => Work(queue), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
    }

    private void Work(Channel<(Term? Replace, Document Document)> queue)
    {
        try
        {
            while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var item))
                {
                    if (item.Replace is null)
                    {
                        _writer.AddDocument(item.Document);
                    }
                    else
                    {
                        _writer.UpdateDocument(item.Replace, item.Document);
                    }
                }
            }
        }
        catch (Exception e)
        {
            queue.Writer.TryComplete(e);
            throw;
        }
    }
}
