using System.CommandLine;
using System.Globalization;
using NewsSearch.Cli.Output;
using NewsSearch.Server.Contracts;
using NewsSearch.Watches;

namespace NewsSearch.Cli.Commands;

/// <summary><c>watch add|list|remove|run</c>: saved searches that report what was indexed since they last ran.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var command = new Command("watch", "Saved searches: 'run' lists the matching articles indexed since the watch last ran.")
        {
            Add(), List(), Remove(), Run(),
        };
        return command;
    }

    private static Command Add()
    {
        var name = NameArgument();
        var query = new Argument<string>("query") { Description = "What to search for, as in 'search'." };
        var index = CommonOptions.Index();
        var filters = new FilterOptions();
        var command = new Command("add", "Save a search; its first run lists what is indexed from now on.") { name, query, index };
        filters.AddTo(command);
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            var watch = engine.Watches.Add(parse.GetValue(name)!, parse.GetValue(query) ?? "", filters.Sources(parse), filters.FromDate(parse), filters.ToDate(parse));
            Console.Out.WriteLine($"Added watch '{watch.Name}' for \"{watch.Query}\": 'newssearch watch run {watch.Name}' lists what is indexed from now on.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("list", "List the saved searches.") { index, json };
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            var watches = engine.Watches.List();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(new WatchListJson([.. watches.Select(WatchJson.Of)]));
                return ExitCodes.Success;
            }

            if (watches.Count == 0)
            {
                Console.Out.WriteLine("No watches yet: 'newssearch watch add NAME QUERY' saves one.");
            }

            foreach (var watch in watches)
            {
                var filters = string.Join(" ", watch.Sources.Select(s => $"--source \"{s}\"")
                    .Concat(watch.From is { } from ? [$"--from {SearchJson.IsoDate(from)}"] : [])
                    .Concat(watch.To is { } to ? [$"--to {SearchJson.IsoDate(to)}"] : []));
                var lastRun = watch.LastRunAt is { } at ? at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never";
                Console.Out.WriteLine($"{Terminal.Paint(watch.Name, Terminal.Bold)}  \"{watch.Query}\"{(filters.Length > 0 ? "  " + filters : "")}  " + Terminal.Paint($"last run: {lastRun}", Terminal.Dim));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Remove()
    {
        var name = NameArgument();
        var index = CommonOptions.Index();
        var command = new Command("remove", "Delete a saved search.") { name, index };
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            var watch = parse.GetValue(name)!;
            if (!engine.Watches.Remove(watch))
            {
                throw new ArgumentException($"No watch is named '{watch}'.");
            }

            Console.Out.WriteLine($"Removed watch '{watch}'.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Run()
    {
        var name = new Argument<string?>("name") { Description = "The watch to run (default: all).", Arity = ArgumentArity.ZeroOrOne };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("run", "List the matching articles indexed since each watch last ran (newest first), then remember them as seen.") { name, index, json };
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            using var run = engine.Watches.Start(parse.GetValue(name));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(WatchRunJson.From(run.Reports));
            }
            else
            {
                Print(run.Reports);
            }

            Console.Out.Flush();
            // Only once the reports are out: a run that fails to print them reports them again next time.
            run.MarkSeen();
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Argument<string> NameArgument() => new("name") { Description = $"Letters, digits, '-' and '_' (at most {Watch.MaxNameLength})." };

    private static void Print(IReadOnlyList<WatchReport> reports)
    {
        if (reports.Count == 0)
        {
            Console.Out.WriteLine("No watches yet: 'newssearch watch add NAME QUERY' saves one.");
        }

        foreach (var report in reports)
        {
            var count = report.New.Count;
            Console.Out.WriteLine(Terminal.Paint($"{report.Watch.Name} (\"{report.Watch.Query}\"): {(count == 0 ? "nothing new" : string.Create(CultureInfo.InvariantCulture, $"{count} new article{(count == 1 ? "" : "s")}"))}", Terminal.Bold));
            foreach (var hit in report.New)
            {
                var meta = string.Join(" · ", new[] { hit.Source, SearchJson.IsoDate(hit.Published), hit.Url ?? hit.Id }.Where(s => !string.IsNullOrEmpty(s)));
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Rank,3}. ") + hit.Title);
                Console.Out.WriteLine("     " + Terminal.Paint(meta, Terminal.Accent));
                Console.Out.WriteLine("     " + SnippetText.ForTerminal(hit.Snippet, Terminal.UseColour));
            }
        }
    }
}
