using NewsSearch.Benchmarks;
using NewsSearch.Benchmarks.Drills;

// End-to-end benchmarks and the helpers of the drills (tests/drills), run by the scripts beside this project;
// not part of `dotnet test`.
return args.FirstOrDefault() switch
{
    "index" => IndexingBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "research" => ResearchBenchmark.Run(args[1..]),
    "tokens" => TokenDump.Run(args[1..]),
    "acronyms" => AcronymDump.Run(args[1..]),
    "fetch" => await FetchBenchmark.RunAsync(args[1..]),
    "latency" => LatencyBenchmark.Run(args[1..]),
    "refresh" => RefreshBenchmark.Run(args[1..]),
    "add" => RefreshBenchmark.Add(args[1..]),
    "clusters" => ClusterCount.Run(args[1..]),
    "export" => ExportBenchmark.Run(args[1..]),
    "check" => IndexCheck.Check(args[1..]),
    "ids" => IndexCheck.Ids(args[1..]),
    "dump" => IndexCheck.Dump(args[1..]),
    "queries" => QueryDrill.Run(args[1..]),
    "searchers" => SearchLoad.Run(args[1..]),
    "eval" => RankingExperiment.Run(args[1..]),
    "try" => RankingExperiment.Try(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NewsSearch.Benchmarks index|search|latency|refresh|add|clusters|tokens|acronyms|fetch|export|research|check|ids|dump|queries|searchers|eval|try ARGS...");
    return 2;
}
