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
        var command = new Command("serve", "Serve the HTTP API (/api/search, /api/articles/{id}, /api/stats, /health, /openapi/v1.json) and the search page at /.")
        {
            index, urls,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            using var app = NewsSearchServer.Build(engine, new ServerOptions { Urls = parse.GetValue(urls) ?? ServerOptions.DefaultUrls, Verbose = context.Verbose });
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
}
