using System.CommandLine;
using System.Runtime.InteropServices;
using NewsSearch.Cli.Output;
using NewsSearch.Export;
using NewsSearch.Search;

namespace NewsSearch.Cli.Commands;

/// <summary><c>export QUERY</c>: every matching article as CSV or JSON Lines, on stdout or into a file written atomically.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for, as in 'search'." };
        var index = CommonOptions.Index();
        var format = new Option<string>("--format") { Description = "csv (default) or jsonl.", DefaultValueFactory = _ => "csv", HelpName = "FORMAT" };
        var output = new Option<string?>("--out") { Description = "Write to this file (atomically: complete or not at all) instead of stdout.", HelpName = "FILE" };
        var withBody = new Option<bool>("--with-body") { Description = "Add the article's whole text (a 'body' column, last)." };
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date (newest first).", DefaultValueFactory = _ => "relevance", HelpName = "ORDER" };
        var bom = new Option<bool>("--bom") { Description = "CSV: start with a UTF-8 byte order mark, which Excel needs to show accents in a file opened by double-click." };
        var filters = new FilterOptions();
        format.AcceptOnlyFromAmong("csv", "jsonl");
        sort.AcceptOnlyFromAmong("relevance", "date");

        var command = new Command("export", "Export every matching article (copies included) as CSV or JSON Lines.") { query, index, format, output, withBody, sort, bom };
        filters.AddTo(command);
        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            // Ctrl+C or SIGTERM stops the export between two rows; an --out file is then not written at all.
            using var stop = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop));
            var cancellationToken = stop.Token;
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            var request = new ExportRequest
            {
                Query = parse.GetValue(query) ?? "",
                Sources = filters.Sources(parse),
                From = filters.FromDate(parse),
                To = filters.ToDate(parse),
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                WithBody = parse.GetValue(withBody),
                ByteOrderMark = parse.GetValue(bom),
            };
            var chosen = parse.GetValue(format) == "jsonl" ? ExportFormat.JsonLines : ExportFormat.Csv;
            var path = parse.GetValue(output);
            using var progress = ExportProgressBar.ForStandardError(context.Log);
            ExportSummary summary;
            try
            {
                summary = path is null
                    ? WriteToStandardOutput(engine, request, chosen, progress, cancellationToken)
                    : engine.ExportToFileAsync(request, path, chosen, progress, cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                progress.Dispose();
                Console.Error.WriteLine(path is null ? "Interrupted: the export stopped part-way." : $"Interrupted: nothing was written to {path}.");
                return ExitCodes.Failure;
            }

            progress.Dispose();
            foreach (var notice in summary.Notices)
            {
                Console.Error.WriteLine($"note: {notice}");
            }

            if (path is not null)
            {
                Console.Error.WriteLine($"Exported {summary.Rows} articles to {path}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => signal =>
    {
        // The first signal stops the export cleanly; a second one ends the process at once.
        if (!stop.IsCancellationRequested)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    };

    private static ExportSummary WriteToStandardOutput(NewsSearchEngine engine, ExportRequest request, ExportFormat format, IProgress<ExportProgress> progress, CancellationToken cancellationToken)
    {
        using var stdout = Console.OpenStandardOutput();
        return engine.ExportAsync(request, stdout, format, progress, cancellationToken).GetAwaiter().GetResult();
    }
}
