using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Search.Evaluation;

namespace NewsSearch.Cli.Commands;

/// <summary><c>run --queries FILE</c>: batch search for evaluation, one process, TREC run lines or JSON Lines out.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var queries = EvalCommand.QueriesOption();
        var index = CommonOptions.Index();
        var top = new Option<int>("--top") { Description = $"Hits per query (1-{BatchSearch.MaxDepth}).", DefaultValueFactory = _ => 100, HelpName = "N" };
        var format = new Option<string>("--format") { Description = "trec (default): 'qid Q0 docid rank score newssearch' lines; jsonl: one object per query.", DefaultValueFactory = _ => "trec", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("trec", "jsonl");
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > BatchSearch.MaxDepth) { r.AddError($"--top must be between 1 and {BatchSearch.MaxDepth}."); } });

        var command = new Command("run", "Run a file of 'qid<TAB>query' lines and print the ranked hits of each (for evaluation).")
        {
            queries, index, top, format,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            var set = EvalCommand.ReadQueries(parse.GetValue(queries)!);
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            var jsonl = parse.GetValue(format) == "jsonl";
            var depth = parse.GetValue(top);
            var output = Console.Out;
            foreach (var query in set)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = BatchSearch.Run(engine, query.Text, depth);
                if (outcome.Problem is { } problem)
                {
                    Console.Error.WriteLine($"warning: query {query.Id} was not run: {problem}");
                }

                if (jsonl)
                {
                    output.WriteLine(JsonSerializer.Serialize(new
                    {
                        qid = query.Id,
                        query = query.Text,
                        hits = outcome.Hits.Select(h => new { rank = h.Rank, id = h.Id, score = Math.Round(h.Score, 6) }),
                    }));
                    continue;
                }

                foreach (var hit in outcome.Hits)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{query.Id} Q0 {hit.Id} {hit.Rank} {hit.Score:0.######} newssearch"));
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
