using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using NewsSearch.Server;

namespace NewsSearch.Cli.Commands;

/// <summary><c>serve</c>: the HTTP API and search page over one index, until SIGTERM or Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {ServerOptions.DefaultUrls}: this machine only; port 0 picks a free port).",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
            HelpName = "URL",
        };
        var sources = new Option<string?>("--sources")
        {
            Description = "With --fetch-every: the feeds to fetch (OPML or one URL per line), as fetch takes them.",
            HelpName = "FILE",
        };
        var fetchEvery = new Option<string?>("--fetch-every")
        {
            Description = "Run a fetch round every DURATION (15m, 1h) inside the server.",
            HelpName = "DURATION",
        };
        var archive = new Option<string>("--archive")
        {
            Description = $"With --fetch-every: where fetched articles are kept (default ./{Fetching.FetchOptions.DefaultArchive}).",
            HelpName = "DIR",
            DefaultValueFactory = _ => Fetching.FetchOptions.DefaultArchive,
        };
        var delay = new Option<double>("--delay")
        {
            Description = "With --fetch-every: least seconds between two requests to the same host.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 1,
        };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "With --fetch-every: follow links inside feeds to private addresses." };
        var command = new Command("serve", "Serve the HTTP API (/api/search, /api/articles/{id}, /api/stats, /health, /openapi/v1.json) and the search page at /.")
        {
            index, urls, sources, fetchEvery, archive, delay, allowPrivate,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            var fetch = Schedule(parse.GetValue(sources), parse.GetValue(fetchEvery), parse.GetValue(archive), parse.GetValue(delay), parse.GetValue(allowPrivate));
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            _ = engine.WarmInBackground();
            using var app = NewsSearchServer.Build(engine, new ServerOptions { Urls = parse.GetValue(urls) ?? ServerOptions.DefaultUrls, Verbose = context.Verbose, Fetch = fetch });
            // Blocking is fine here: the command has nothing else to do until the server stops.
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
            var addresses = app.Urls.ToList();
            Console.Error.WriteLine($"Serving {engine.IndexPath} on {string.Join(", ", addresses)} (Ctrl+C to stop).");
            if (!NewsSearchServer.IsLoopbackOnly(addresses))
            {
                Console.Error.WriteLine("warning: listening beyond this machine: anyone who can reach these addresses can search the index.");
            }

            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The fetch rounds asked for, checked before anything starts: both options or neither.</summary>
    private static FetchSchedule? Schedule(string? sources, string? every, string? archive, double delay, bool allowPrivate)
    {
        if (sources is null && every is null)
        {
            return null;
        }

        if (sources is null || every is null)
        {
            throw new ArgumentException("--sources and --fetch-every go together: serve --sources FILE --fetch-every 15m.");
        }

        if (!Durations.TryParse(every, out var period))
        {
            throw new ArgumentException($"--fetch-every takes a duration such as 15m, 1h or 90s, not '{every}'.");
        }

        if (double.IsNaN(delay) || delay < 0 || delay > 3600)
        {
            throw new ArgumentException("--delay takes seconds between 0 and 3600.");
        }

        var options = new Fetching.FetchOptions
        {
            ArchivePath = archive ?? Fetching.FetchOptions.DefaultArchive,
            Delay = TimeSpan.FromSeconds(delay),
            AllowPrivate = allowPrivate,
        };
        return new FetchSchedule(Fetching.SourcesFile.Read(sources), period, options);
    }
}
