using System.Threading.Channels;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace NewsSearch.Indexing;

/// <summary>Hands documents from the reading thread to writer threads that analyse and add them (IndexWriter is
/// thread-safe, and analysis is where the time goes). Queues are bounded, so memory stays flat however large the input.
/// A document goes to the thread chosen by its id, so two writes of one id keep their order.</summary>
internal sealed class ParallelDocumentWriter : IDisposable
{
    private const int QueueLength = 128;
    private readonly IndexWriter _writer;
    private readonly int _threads;
    private Channel<(Term? Replace, Document Document)>[] _queues = [];
    private Task[] _workers = [];

    public ParallelDocumentWriter(IndexWriter writer, int threads)
    {
        _writer = writer;
        _threads = Math.Max(1, threads);
        Start();
    }

    /// <summary>Queues a document: added, or replacing the documents that hold <paramref name="replace"/>.</summary>
    public void Write(string id, Term? replace, Document document)
    {
        var queue = _queues[(int)((uint)StringComparer.Ordinal.GetHashCode(id) % (uint)_threads)].Writer;
        while (!queue.TryWrite((replace, document)))
        {
            if (!queue.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                // The worker stopped on an error: Drain rethrows it.
                Drain();
            }
        }
    }

    /// <summary>Waits until every queued document is in the writer (before a commit), rethrowing a worker's failure.</summary>
    public void Drain()
    {
        foreach (var queue in _queues)
        {
            queue.Writer.TryComplete();
        }

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
        foreach (var queue in _queues)
        {
            queue.Writer.TryComplete();
        }

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
        _queues = Enumerable.Range(0, _threads)
            .Select(_ => Channel.CreateBounded<(Term?, Document)>(new BoundedChannelOptions(QueueLength) { SingleReader = true, SingleWriter = true }))
            .ToArray();
        _workers = _queues.Select(q => Task.Factory.StartNew(() => Work(q), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
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
