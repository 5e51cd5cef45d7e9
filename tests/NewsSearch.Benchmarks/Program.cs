using NewsSearch.Benchmarks;

// End-to-end benchmarks, run by the scripts beside this project; not part of `dotnet test`.
return args.FirstOrDefault() switch
{
    "index" => IndexingBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "research" => ResearchBenchmark.Run(args[1..]),
    "tokens" => TokenDump.Run(args[1..]),
    "fetch" => await FetchBenchmark.RunAsync(args[1..]),
    "latency" => LatencyBenchmark.Run(args[1..]),
    "refresh" => RefreshBenchmark.Run(args[1..]),
    "add" => RefreshBenchmark.Add(args[1..]),
    "clusters" => ClusterCount.Run(args[1..]),
    "export" => ExportBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NewsSearch.Benchmarks index|search|latency|refresh|add|clusters|tokens|fetch|export|research ARGS...");
    return 2;
}
