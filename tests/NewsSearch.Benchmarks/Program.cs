using NewsSearch.Benchmarks;

// End-to-end benchmarks, run by the scripts beside this project; not part of `dotnet test`.
return args.FirstOrDefault() switch
{
    "index" => IndexingBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "tokens" => TokenDump.Run(args[1..]),
    "acronyms" => AcronymDump.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NewsSearch.Benchmarks index|search|tokens|acronyms ARGS...");
    return 2;
}
