namespace NewsSearch.Benchmarks;

internal static class SearchBenchmark
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("the search benchmark is not written yet");
        return 2;
    }
}
