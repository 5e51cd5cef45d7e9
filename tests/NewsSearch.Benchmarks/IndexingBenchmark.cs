namespace NewsSearch.Benchmarks;

internal static class IndexingBenchmark
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("the indexing benchmark is not written yet");
        return 2;
    }
}
