using System.Globalization;
using NewsSearch.Search;

namespace NewsSearch.Benchmarks.Drills;

/// <summary>The searching half of the concurrency drill: <c>searchers --index DIR --threads 8 --queries FILE
/// --stop-file F</c> searches from N threads until F exists, while another process indexes and rebuilds. It counts
/// searches, exceptions, and empty answers to queries that matched when it started (a reopen must never show a
/// half-built index), then reports this process's open files: all of them, and those on deleted index files (a reader
/// never released holds the files of an index that is gone).</summary>
internal static class SearchLoad
{
    public static int Run(string[] args)
    {
        var options = QueryDrill.Args(args);
        var threads = int.Parse(options.GetValueOrDefault("threads", "8"), CultureInfo.InvariantCulture);
        var stop = options["stop-file"];
        using var engine = NewsSearchEngine.Open(options["index"]);
        var queries = File.ReadAllLines(options["queries"]).Where(q => q.Length > 0)
            .Where(q => engine.Search(q).Total > 0).ToArray();
        var folder = Path.GetFullPath(options["index"]);
        var handlesAtStart = OpenFiles.Count(Environment.ProcessId, folder);
        long searches = 0, errors = 0, empties = 0;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = t; !File.Exists(stop); i++)
            {
                var query = queries[i % queries.Length];
                try
                {
                    if (engine.Search(new SearchRequest { Query = query, PageSize = 10 }).Total == 0)
                    {
                        Interlocked.Increment(ref empties);
                        Console.Error.WriteLine($"empty: {query}");
                    }
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref errors);
                    Console.Error.WriteLine($"error {e.GetType().Name}: {e.Message}");
                }

                Interlocked.Increment(ref searches);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        // The engine reopens within a second of a commit; two more rounds of searches make sure it has, so the
        // readers of the index before the rebuild have been released when the files are counted.
        for (var round = 0; round < 2; round++)
        {
            Thread.Sleep(TimeSpan.FromSeconds(1.5));
            _ = engine.Search(queries[0]);
        }

        var (open, deleted) = OpenFiles.CountWithDeleted(Environment.ProcessId, folder);
        Console.WriteLine($"RESULT searches={searches} errors={errors} empties={empties} queries={queries.Length} fds_start={handlesAtStart} fds_end={open} fds_on_deleted_files={deleted}");
        return errors == 0 && empties == 0 && deleted == 0 ? 0 : 1;
    }
}

/// <summary>A process's open file handles, from <c>/proc/PID/fd</c>, and those on deleted files of one folder (only
/// that folder's: the runtime keeps an unlinked memfd of its own for executable memory).</summary>
internal static class OpenFiles
{
    public static int Count(int pid, string folder) => CountWithDeleted(pid, folder).Open;

    public static (int Open, int Deleted) CountWithDeleted(int pid, string folder)
    {
        var open = 0;
        var deleted = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
        {
            open++;
            try
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith(folder, StringComparison.Ordinal) && target.EndsWith(" (deleted)", StringComparison.Ordinal))
                {
                    deleted++;
                }
            }
            catch (IOException)
            {
                // Closed between the listing and the look.
            }
        }

        return (open, deleted);
    }
}
