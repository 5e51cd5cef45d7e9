using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Search.Coverage;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Cli.Commands;

/// <summary><c>coverage QUERY...</c>: matching articles, all articles and their share per period, for one or more
/// queries side by side; as text with a bar per period, JSON or CSV.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var queries = new Argument<string[]>("query")
        {
            Description = $"One or more queries, each searched as by 'search' (at most {CoverageRequest.MaxQueries}).",
            Arity = new ArgumentArity(1, CoverageRequest.MaxQueries),
        };
        var index = CommonOptions.Index();
        var by = new Option<string>("--by") { Description = "Period: day, week (ISO), month (default) or year.", DefaultValueFactory = _ => "month", HelpName = "PERIOD" };
        by.AcceptOnlyFromAmong("day", "week", "month", "year");
        var filters = new FilterOptions();
        var bySource = new Option<bool>("--by-source") { Description = "Also break each query's matches down by outlet." };
        var json = CommonOptions.Json();
        var csv = new Option<bool>("--csv") { Description = "Print CSV (query,period,matches,total,share) on stdout instead of text." };

        var command = new Command("coverage", "How many articles each query matches per day, week, month or year, against all articles of the period.")
        {
            queries, index, by, filters.Source, filters.From, filters.To, bySource, json, csv,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(json) && r.GetValue(csv))
            {
                r.AddError("--json and --csv cannot be used together.");
            }
        });

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            CoverageJson.TryParse(parse.GetValue(by), out var interval);
            var results = engine.Coverage(new CoverageRequest
            {
                Queries = parse.GetValue(queries) ?? [],
                By = interval,
                Sources = filters.Sources(parse),
                From = filters.FromDate(parse),
                To = filters.ToDate(parse),
                BySource = parse.GetValue(bySource),
            });
            if (parse.GetValue(json))
            {
                JsonOutput.Write(CoverageJson.From(results));
            }
            else if (parse.GetValue(csv))
            {
                CoverageCsv.Write(Console.Out, results);
            }
            else
            {
                CoverageText.Write(Console.Out, results);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
