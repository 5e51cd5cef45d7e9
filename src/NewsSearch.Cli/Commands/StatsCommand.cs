using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>stats</c>: documents, outlets, date range and size of the index.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("stats", "Show what the index holds: documents, sources, date range, size on disk.") { index, json };
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            var stats = engine.GetStatistics();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(JsonOutput.Statistics(stats));
            }
            else
            {
                TextOutput.Statistics(stats);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
