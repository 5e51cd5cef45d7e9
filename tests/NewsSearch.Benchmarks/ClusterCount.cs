using System.Diagnostics;
using Lucene.Net.Index;
using NewsSearch.Indexing;
using NewsSearch.Search.Collapsing;
using NewsSearch.Storage;

namespace NewsSearch.Benchmarks;

/// <summary>Clusters the near-duplicates of an index from its signatures, as a run labelling the whole index does,
/// prints how many articles and stories the copies make and how long it took, and how many live articles the story
/// labels written in the index place otherwise (0 when the labels written run by run are the stories of the whole index).
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
        Options.Print("clusters_over_100", sizes.Count(s => s > 100));
        Options.Print("articles_labelled_otherwise", Disagreeing(reader, clusterOf));
        Options.Print("managed_memory_bytes", GC.GetTotalMemory(forceFullCollection: false));
        return 0;
    }

    /// <summary>Live articles whose written label does not match the computed partition: labelled 0 in a cluster or
    /// labelled alone, or whose cluster and label are not one to one.</summary>
    private static int Disagreeing(IndexReader reader, int[] clusterOf)
    {
        var labelOfCluster = new Dictionary<int, long>();
        var clusterOfLabel = new Dictionary<long, int>();
        var wrong = 0;
        foreach (var leaf in reader.Leaves)
        {
            var labels = leaf.AtomicReader.GetNumericDocValues(FieldNames.DuplicateCluster);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var cluster = clusterOf[leaf.DocBase + doc];
                var label = labels?.Get(doc) ?? 0;
                if (cluster >= 0 && label != 0)
                {
                    labelOfCluster.TryAdd(cluster, label);
                    clusterOfLabel.TryAdd(label, cluster);
                }

                var agrees = cluster < 0
                    ? label == 0
                    : label != 0 && labelOfCluster[cluster] == label && clusterOfLabel[label] == cluster;
                wrong += agrees ? 0 : 1;
            }
        }

        return wrong;
    }
}
