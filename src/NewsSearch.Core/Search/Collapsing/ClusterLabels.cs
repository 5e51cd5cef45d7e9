using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>The story labels indexing wrote (<see cref="DuplicateLabelling"/>), read into one array per segment and
/// kept with the segment's core until its doc values are updated: reopening the index after a commit reads only the
/// new segments and those whose labels changed, not the archive.</summary>
internal static class ClusterLabels
{
    private static readonly ConditionalWeakTable<object, Loaded> Cache = new();

    /// <summary>Whether the index behind <paramref name="reader"/> was written with labels (the current format).</summary>
    public static bool Written(IndexReader reader) =>
        reader is DirectoryReader directory && IndexFormat.IsCurrent(IndexFormat.Read(directory.IndexCommit.UserData));

    /// <summary>A dense cluster id per top-level document (-1 for an article with no copy), from the labels.</summary>
    public static int[] ClusterOf(IndexReader reader)
    {
        var clusterOf = new int[reader.MaxDoc];
        Array.Fill(clusterOf, -1);
        var ids = new Dictionary<int, int>();
        foreach (var leaf in reader.Leaves)
        {
            var labels = For(leaf.AtomicReader);
            for (var doc = 0; doc < labels.Length; doc++)
            {
                if (labels[doc] != 0)
                {
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, labels[doc], out var exists);
                    id = exists ? id : ids.Count - 1;
                    clusterOf[leaf.DocBase + doc] = id;
                }
            }
        }

        return clusterOf;
    }

    /// <summary>One segment's labels (0: no copy), read once per segment core and doc-values generation.</summary>
    private static int[] For(AtomicReader reader)
    {
        var generation = (reader as SegmentReader)?.SegmentInfo.FieldInfosGen ?? -1;
        if (Cache.TryGetValue(reader.CoreCacheKey, out var loaded) && loaded.Generation == generation)
        {
            return loaded.Labels;
        }

        var labels = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(FieldNames.DuplicateCluster) is { } values)
        {
            for (var doc = 0; doc < labels.Length; doc++)
            {
                labels[doc] = (int)values.Get(doc);
            }
        }

        Cache.AddOrUpdate(reader.CoreCacheKey, new Loaded(generation, labels));
        return labels;
    }

    private sealed record Loaded(long Generation, int[] Labels);
}
