using System.Globalization;
using System.Reflection;
using NewsSearch.Search;
using NewsSearch.Search.Evaluation;

namespace NewsSearch.Benchmarks;

/// <summary>Scores one ranking setting on an evaluation set without rebuilding: the ranking options given as
/// <c>Name=value</c> pairs (any <see cref="RankingOptions"/> property) override the defaults, and the run is scored
/// as <c>newssearch eval</c> scores it. Usage: <c>eval INDEX QUERIES.tsv QRELS.tsv [--per-query FILE] [Name=value]...</c>.</summary>
internal static class RankingExperiment
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: eval INDEX QUERIES.tsv QRELS.tsv [--per-query FILE] [Name=value]...");
            return 2;
        }

        var rest = args[3..].ToList();
        string? perQuery = null;
        var at = rest.IndexOf("--per-query");
        if (at >= 0 && at + 1 < rest.Count)
        {
            perQuery = rest[at + 1];
            rest.RemoveRange(at, 2);
        }

        var ranking = Override(new RankingOptions(), rest);
        using var queryFile = new StreamReader(args[1]);
        using var qrelFile = new StreamReader(args[2]);
        var queries = EvaluationFiles.ReadQueries(queryFile).Queries;
        var qrels = EvaluationFiles.ReadQrels(qrelFile).Qrels;
        using var engine = NewsSearchEngine.Open(args[0], new NewsSearchOptions { Ranking = ranking });
        var report = EvaluationReport.Score(queries, BatchSearch.RunAll(engine, queries, depth: 100), qrels);
        if (perQuery is not null)
        {
            File.WriteAllLines(perQuery, report.Queries.Select(q => q.QueryId + "\t" + Format(q.Scores)));
        }

        Console.WriteLine($"{Format(report.Mean)}\t{string.Join(' ', rest)}");
        return 0;
    }

    /// <summary>The first hits of one query with a setting: <c>try INDEX QUERY [Name=value]...</c>.</summary>
    public static int Try(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: try INDEX QUERY [Name=value]...");
            return 2;
        }

        using var engine = NewsSearchEngine.Open(args[0], new NewsSearchOptions { Ranking = Override(new RankingOptions(), args[2..]) });
        var results = engine.Search(new SearchRequest { Query = args[1], PageSize = int.TryParse(Environment.GetEnvironmentVariable("TOP"), out var top) ? top : 10, CollapseDuplicates = false, Facets = false });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Total} in the match set"));
        foreach (var hit in results.Hits)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Rank,3} {hit.Score,8:0.00} {hit.Id} {hit.Title}"));
        }

        return 0;
    }

    public static RankingOptions Override(RankingOptions options, IEnumerable<string> settings)
    {
        foreach (var setting in settings)
        {
            var (name, value) = (setting.Split('=', 2)[0], setting.Split('=', 2)[1]);
            var property = typeof(RankingOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException($"no ranking option {name}");
            var parsed = Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture);
            options = options with { };
            property.SetValue(options, parsed);
        }

        return options;
    }

    private static string Format(QueryScores s) => string.Create(CultureInfo.InvariantCulture,
        $"ndcg@10={s.Ndcg10:0.0000} mrr@10={s.Mrr10:0.0000} recall@100={s.Recall100:0.0000} p@1={s.P1:0.0000}");
}
