using System.Diagnostics;
using Lucene.Net.Index;
using NewsSearch.Search.Collapsing;
using NewsSearch.Storage;

namespace NewsSearch.Benchmarks;

/// <summary>Clusters the near-duplicates of an index from its signatures, as the end of an indexing run does, and
/// prints how many articles and stories the copies make and how long it took.
/// Usage: <c>clusters INDEX_DIR</c>.</summary>
internal static class ClusterCount
{
    public static int Run(string[] args)
    {
        using var directory = new PositionalReadDirectory(args[0]);
        using var reader = DirectoryReader.Open(directory);
        var clock = Stopwatch.StartNew();
        var clusterOf = DuplicateClusters.Compute(reader);
        Options.Print("cluster_seconds", clock.Elapsed.TotalSeconds);
        Options.Print("articles_in_clusters", clusterOf.Count(c => c >= 0));
        Options.Print("clusters", clusterOf.Where(c => c >= 0).Distinct().Count());
        // Large stories are what a run that deletes or bridges copies may have to walk through.
        var sizes = clusterOf.Where(c => c >= 0).GroupBy(c => c).Select(g => g.Count()).OrderDescending().ToList();
        Options.Print("largest_cluster", sizes.FirstOrDefault());
        Options.Print("fifth_largest_cluster", sizes.Skip(4).FirstOrDefault());
        Options.Print("clusters_over_100", sizes.Count(s => s > 100));
        Options.Print("managed_memory_bytes", GC.GetTotalMemory(forceFullCollection: false));
        return 0;
    }
}
