using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsSearch.Cli.Output;
using NewsSearch.Fetching;
using Serilog.Events;

namespace NewsSearch.Cli.Commands;

/// <summary><c>fetch</c>: one round over the feeds of a sources file (or, with <c>--every</c>, rounds until stopped):
/// feeds and teaser pages downloaded politely, archived as JSON Lines, what is new indexed. Ctrl+C (or SIGTERM)
/// finishes the article being fetched, archives and commits what the round fetched, and exits with
/// <see cref="ExitCodes.Failure"/>, as <c>index</c> does.</summary>
internal static class FetchCommand
{
    public static Command Create()
    {
        var sources = new Option<string>("--sources")
        {
            Description = "OPML file (<outline text=\"OUTLET\" xmlUrl=\"URL\"/>) or text file with one feed URL per line.",
            HelpName = "FILE",
            Required = true,
        };
        var archive = new Option<string>("--archive")
        {
            Description = $"Folder where fetched articles are kept as JSON Lines (default ./{FetchOptions.DefaultArchive}, read by index and reindex).",
            HelpName = "DIR",
            DefaultValueFactory = _ => FetchOptions.DefaultArchive,
        };
        var index = CommonOptions.Index();
        var delay = new Option<double>("--delay")
        {
            Description = "Least seconds between two requests to the same host.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 1,
        };
        var every = new Option<string?>("--every")
        {
            Description = "Run a round every DURATION (15m, 1h, 90s) until stopped.",
            HelpName = "DURATION",
        };
        var allowPrivate = new Option<bool>("--allow-private")
        {
            Description = "Follow links inside feeds to loopback and private addresses (refused by default).",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON summary per round on stdout." };
        var command = new Command("fetch", "Fetch the feeds of a sources file (and the pages of teaser items), archive them, index what is new.")
        {
            sources, archive, index, delay, every, allowPrivate, json,
        };

        // Synchronous, as index: Ctrl+C is ours to handle, so the round can finish its article and commit.
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            var seconds = parse.GetValue(delay);
            if (double.IsNaN(seconds) || seconds < 0 || seconds > 3600)
            {
                throw new ArgumentException("--delay takes seconds between 0 and 3600.");
            }

            TimeSpan? period = null;
            if (parse.GetValue(every) is { } text)
            {
                period = Durations.TryParse(text, out var parsed) ? parsed : throw new ArgumentException($"--every takes a duration such as 15m, 1h or 90s, not '{text}'.");
            }

            var feeds = SourcesFile.Read(parse.GetValue(sources)!);
            var options = new FetchOptions
            {
                ArchivePath = parse.GetValue(archive) ?? FetchOptions.DefaultArchive,
                Delay = TimeSpan.FromSeconds(seconds),
                AllowPrivate = parse.GetValue(allowPrivate),
                Logger = context.Log,
            };
            using var stop = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
            using var engine = NewsSearchEngine.Open(CommonOptions.ResolveIndex(parse.GetValue(index)), new NewsSearchOptions { Logger = context.Log });
            using var fetcher = new NewsFetcher(engine, options);
            using var progress = new FetchOutput.Progress();
            var asJson = parse.GetValue(json);
            var cancelled = false;
            void Report(FetchSummary summary)
            {
                progress.Dispose();
                cancelled |= summary.Cancelled;
                if (asJson)
                {
                    JsonOutput.WriteLine(JsonOutput.FetchRound(summary));
                }
                else
                {
                    FetchOutput.Summary(summary);
                }

                Console.Out.Flush();
            }

            if (period is { } interval)
            {
                context.Log.Information("Fetching {Feeds} feeds every {Every} into {Archive} (Ctrl+C to stop)", feeds.Count, parse.GetValue(every), fetcher.ArchivePath);
                fetcher.RunEveryAsync(feeds, interval, Report, progress, stop.Token).GetAwaiter().GetResult();
                cancelled = true;
            }
            else
            {
                Report(fetcher.FetchAsync(feeds, progress, stop.Token).GetAwaiter().GetResult());
            }

            if (cancelled)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Stopped: what was fetched is archived in {fetcher.ArchivePath} and indexed. Run the same fetch command again to carry on."));
                return ExitCodes.Failure;
            }

            return ExitCodes.Success;
        }, quiet: LogEventLevel.Information).GetAwaiter().GetResult());
        return command;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => signal =>
    {
        // The first signal asks the round to stop cleanly; a second one ends the process at once.
        if (!stop.IsCancellationRequested)
        {
            signal.Cancel = true;
            Console.Error.WriteLine("Stopping: finishing the current article, then archiving and committing…");
            stop.Cancel();
        }
    };
}
