using System.CommandLine;
using NewsSearch.Cli;
using NewsSearch.Cli.Commands;

var root = new RootCommand("NewsSearch: full-text search for francophone news.")
{
    IndexCommand.Create(rebuild: false),
    IndexCommand.Create(rebuild: true),
    FetchCommand.Create(),
    SearchCommand.Create(),
    SimilarCommand.Create(),
    CoverageCommand.Create(),
    TermsCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
    ConsoleCommand.Create(),
    RunCommand.Create(),
    EvalCommand.Create(),
    ExportCommand.Create(),
    WatchCommand.Create(),
    AcronymsCommand.Create(),
};
root.Options.Add(CommonOptions.Verbose);

// A query may start with '@' (a handle, a hashtag-like word): it is not a response file.
var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'newssearch --help' for usage.");
    return ExitCodes.Usage;
}

// Ctrl+C or SIGTERM cancels the command's token; the process then gets time to finish cleanly: an indexing run
// commits what it read, the server drains requests in flight (its own limit is 10 s). The default is 2 s.
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
