using System.CommandLine;
using NewsSearch.Articles;
using System.Runtime.InteropServices;
using NewsSearch.Cli.Output;
using NewsSearch.Indexing;

namespace NewsSearch.Cli.Commands;

/// <summary><c>index</c> (read new and changed files, drop what removed files held) and <c>reindex</c> (rebuild
/// beside the current index and switch at the end). Ctrl+C (or SIGTERM) stops reading: <c>index</c> commits what it
/// read, <c>reindex</c> keeps the previous index; either way the summary says how to resume, and the exit code is
/// <see cref="ExitCodes.Failure"/>: the job is not done, whoever asked for it (a script, a timer) must not take it as done.</summary>
internal static class IndexCommand
{
    public static Command Create(bool rebuild)
    {
        var sources = CommonOptions.Sources();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var maxFileSize = new Option<double>("--max-file-size")
        {
            Description = "Skip files larger than this many MB (JSON Lines files are streamed and exempt).",
            HelpName = "MB",
            DefaultValueFactory = _ => ArticleFileReader.DefaultMaxFileBytes / 1048576.0,
        };
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "index: commit after this many articles, bounding what a crash can lose (reindex commits once, at the end).",
            HelpName = "N",
            DefaultValueFactory = _ => new IndexingOptions().CommitEveryArticles,
        };
        var command = new Command(
            rebuild ? "reindex" : "index",
            rebuild
                ? "Rebuild the index from scratch; searches keep seeing the old index until the new one is complete."
                : "Read new and changed files, delete the articles of removed files, leave the rest untouched.")
        {
            sources, index, json, maxFileSize, commitEvery,
        };

        // A synchronous action: the command line library then leaves Ctrl+C to us, and does not end the process
        // two seconds later while the run is still committing.
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            // An indexing run is a batch job: blocking collections cost less CPU than background ones (about 7 % here).
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
            if (parse.GetValue(maxFileSize) is not > 0 || parse.GetValue(commitEvery) is not > 0)
            {
                throw new ArgumentException("--max-file-size and --commit-every must be positive.");
            }

            var paths = parse.GetValue(sources) is { Length: > 0 } given ? given : [CommonOptions.DefaultSources];
            var options = new IndexingOptions
            {
                MaxFileBytes = (long)(parse.GetValue(maxFileSize) * 1048576),
                CommitEveryArticles = parse.GetValue(commitEvery),
            };
            using var stop = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
            using var engine = NewsSearchEngine.Open(CommonOptions.ResolveIndex(parse.GetValue(index)), new NewsSearchOptions { Logger = context.Log, Indexing = options });
            IndexingSummary summary;
            using (var progress = ProgressReporter.ForStandardError())
            {
                summary = rebuild
                    ? engine.RebuildFromFiles(paths, progress, stop.Token)
                    : engine.IndexFiles(paths, progress, stop.Token);
            }

            // An index of another format is rebuilt by index too (the run logged why): it reports as a rebuild.
            var rebuilt = rebuild || summary.RebuiltFromOtherFormat;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(JsonOutput.Summary(summary));
            }
            else
            {
                TextOutput.Summary(rebuilt ? "Rebuilt" : "Indexed", summary);
            }

            if (summary.Cancelled)
            {
                var name = rebuild ? "reindex" : "index";
                Console.Error.WriteLine(rebuilt
                    ? $"Interrupted: the rebuild was abandoned and the previous index is unchanged. Run the same {name} command again to rebuild."
                    : $"Interrupted: {summary.Documents} documents committed. Run the same index command again to resume; files already indexed are not read again.");
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }).GetAwaiter().GetResult());
        return command;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => signal =>
    {
        // The first signal asks the run to stop cleanly; a second one ends the process at once.
        if (!stop.IsCancellationRequested)
        {
            signal.Cancel = true;
            Console.Error.WriteLine("Stopping: finishing the current article and committing…");
            stop.Cancel();
        }
    };
}
