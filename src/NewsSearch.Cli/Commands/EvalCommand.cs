using System.CommandLine;
using System.Globalization;
using NewsSearch.Search.Evaluation;

namespace NewsSearch.Cli.Commands;

/// <summary><c>eval --queries FILE --qrels FILE</c>: runs the queries and scores the rankings against TREC qrels.</summary>
internal static class EvalCommand
{
    public static Option<string> QueriesOption() => new("--queries")
    {
        Description = "File of 'qid<TAB>query' lines.",
        HelpName = "FILE",
        Required = true,
    };

    public static Command Create()
    {
        var queries = QueriesOption();
        var qrels = new Option<string>("--qrels") { Description = "TREC qrels: 'qid iter docid grade' lines.", HelpName = "FILE", Required = true };
        var index = CommonOptions.Index();
        var perQuery = new Option<bool>("--per-query") { Description = "Also print each query's scores." };

        var command = new Command("eval", "Run the queries and print nDCG@10, MRR@10, Recall@100 and P@1 against the qrels.")
        {
            queries, qrels, index, perQuery,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            var set = ReadQueries(parse.GetValue(queries)!);
            var judgments = ReadQrels(parse.GetValue(qrels)!);
            using var engine = context.OpenEngine(parse.GetValue(index));
            if (engine.IsEmpty)
            {
                Console.Error.WriteLine($"warning: the index at {engine.IndexPath} is empty: every query scores 0.");
            }

            var runs = BatchSearch.RunAll(engine, set, depth: 100, cancellationToken);
            var report = EvaluationReport.Score(set, runs, judgments);
            if (report.Unjudged.Count > 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {report.Unjudged.Count} queries have no relevant document in the qrels and are not scored."));
            }

            if (parse.GetValue(perQuery))
            {
                foreach (var query in report.Queries)
                {
                    Console.Out.WriteLine(query.QueryId + "\t" + Format(query.Scores));
                }
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queries={report.Queries.Count}"));
            Console.Out.WriteLine(Format(report.Mean));
            return ExitCodes.Success;
        }));
        return command;
    }

    public static IReadOnlyList<EvaluationQuery> ReadQueries(string path)
    {
        using var reader = Open(path, "queries");
        var (queries, bad) = EvaluationFiles.ReadQueries(reader);
        foreach (var line in bad)
        {
            Console.Error.WriteLine($"warning: {path}:{line.Line}: {line.Reason}; line skipped.");
        }

        return queries;
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        using var reader = Open(path, "qrels");
        var (qrels, bad) = EvaluationFiles.ReadQrels(reader);
        foreach (var line in bad)
        {
            Console.Error.WriteLine($"warning: {path}:{line.Line}: {line.Reason}; line skipped.");
        }

        return qrels;
    }

    private static StreamReader Open(string path, string what) =>
        File.Exists(path) ? new StreamReader(path) : throw new ArgumentException($"The {what} file '{path}' does not exist.");

    private static string Format(QueryScores s) => string.Create(CultureInfo.InvariantCulture,
        $"ndcg@10={s.Ndcg10:0.0000} mrr@10={s.Mrr10:0.0000} recall@100={s.Recall100:0.0000} p@1={s.P1:0.0000}");
}
