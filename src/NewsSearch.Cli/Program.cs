using System.CommandLine;
using NewsSearch.Cli;
using NewsSearch.Cli.Commands;

var root = new RootCommand("NewsSearch: full-text search for francophone news.")
{
    IndexCommand.Create(rebuild: false),
    IndexCommand.Create(rebuild: true),
    SearchCommand.Create(),
    SimilarCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
    ConsoleCommand.Create(),
    RunCommand.Create(),
    EvalCommand.Create(),
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

return await parse.InvokeAsync();
