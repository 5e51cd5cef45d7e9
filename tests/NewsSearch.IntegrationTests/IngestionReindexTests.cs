using System.Collections.Concurrent;
using System.Text.Json;
using NewsSearch.Search;

namespace NewsSearch.IntegrationTests;

public sealed class IngestionReindexTests
{
    [Fact]
    public async Task Searches_from_another_thread_and_another_process_during_reindex_never_fail_or_find_nothing_and_see_the_new_index_after()
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "old"), files: 2, perFile: 1500, tag: "alpha");
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "new"), files: 2, perFile: 1500, tag: "omega");
        IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "old", "--index", "idx", "--json"));
        var indexPath = Path.Combine(folder.Path, "idx");

        using var engine = NewsSearchEngine.Open(indexPath, new NewsSearchOptions { RefreshInterval = TimeSpan.Zero });
        var problems = new ConcurrentQueue<string>();
        var reindexDone = new CancellationTokenSource();
        var searchesDuringReindex = 0;
        var inProcess = Task.Run(() =>
        {
            while (!reindexDone.IsCancellationRequested)
            {
                try
                {
                    var total = engine.Search(new SearchRequest { Query = "marché", PageSize = 3 }).Total;
                    if (total == 0)
                    {
                        problems.Enqueue("in-process search found nothing");
                    }

                    Interlocked.Increment(ref searchesDuringReindex);
                }
                catch (Exception e)
                {
                    problems.Enqueue("in-process search failed: " + e.Message);
                }
            }
        });
        var otherProcess = Task.Run(async () =>
        {
            var runs = 0;
            while (!reindexDone.IsCancellationRequested || runs == 0)
            {
                var result = await Cli.RunAsync(folder.Path, "search", "marché", "--index", "idx", "--json", "--top", "3");
                runs++;
                if (result.ExitCode != 0 || JsonDocument.Parse(result.Stdout).RootElement.GetProperty("total").GetInt32() == 0)
                {
                    problems.Enqueue($"search process: exit {result.ExitCode} {result.Stdout} {result.Stderr}");
                }
            }

            return runs;
        });

        var reindex = await Cli.RunAsync(folder.Path, "reindex", "--source", "new", "--index", "idx", "--json");
        await reindexDone.CancelAsync();
        await inProcess;
        var processRuns = await otherProcess;

        Assert.Equal(3000, IngestionSupport.Json(reindex).GetProperty("documents").GetInt32());
        Assert.Empty(problems);
        Assert.True(searchesDuringReindex > 0 && processRuns > 0);
        // The running engine now answers from the new index, without being reopened.
        Assert.Equal(3000, engine.GetStatistics().Documents);
        Assert.True(engine.Search("omega").Total > 0);
        Assert.Equal(0, engine.Search("alpha").Total);
        // The old index's files are gone: only the new commit's files and one manifest remain.
        Assert.Single(Directory.GetFiles(indexPath, "manifest-*.json"));
        Assert.Single(Directory.GetFiles(indexPath, "segments_*"));
    }
}
