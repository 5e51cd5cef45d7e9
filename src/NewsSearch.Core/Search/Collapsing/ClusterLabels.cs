using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>The story labels indexing wrote (<see cref="Indexing.Labelling.DuplicateLabelling"/>), looked up per hit: from one array per
/// segment, kept with the segment's core until its doc values are updated, when the segment has been read whole
/// (<see cref="Load"/>, as a long-lived engine warms each new segment), else straight from the segment's doc values.
/// Nothing is read over the whole archive on the search path: a one-shot search reads the labels of its hits, and
/// reopening the index after a commit reads only the new segments and those whose labels changed.</summary>
internal static class ClusterLabels
{
    private static readonly ConditionalWeakTable<object, Loaded> Cache = new();

    /// <summary>Whether the index behind <paramref name="reader"/> was written with labels (the current format). An
    /// index of format 3 or 4 holds labels too, but articles the library appends to it keep its format and are not
    /// labelled, so it is clustered on opening like older ones until <c>index</c> rebuilds it.</summary>
    public static bool Written(IndexReader reader) =>
        reader is DirectoryReader directory && IndexFormat.IsCurrent(IndexFormat.Read(directory.IndexCommit.UserData));

    /// <summary>Reads every segment's labels into its cached array (those not read yet).</summary>
    public static void Load(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader);
        }
    }

    /// <summary>The labels of <paramref name="reader"/>'s documents by top-level id; <paramref name="loaded"/> tells
    /// whether every segment's array was already read (then the lookup holds only arrays and may be shared between
    /// threads; otherwise it reads doc values and belongs to one search).</summary>
    public static HitLabels ForHits(IndexReader reader, out bool loaded)
    {
        var leaves = reader.Leaves;
        var starts = new int[leaves.Count];
        var arrays = new int[]?[leaves.Count];
        var values = new NumericDocValues?[leaves.Count];
        loaded = true;
        for (var i = 0; i < leaves.Count; i++)
        {
            starts[i] = leaves[i].DocBase;
            arrays[i] = Cached(leaves[i].AtomicReader);
            if (arrays[i] is null)
            {
                values[i] = leaves[i].AtomicReader.GetNumericDocValues(FieldNames.DuplicateCluster);
                loaded = false;
            }
        }

        return new HitLabels(starts, arrays, values);
    }

    private static int[]? Cached(AtomicReader reader) =>
        Cache.TryGetValue(reader.CoreCacheKey, out var loaded) && loaded.Generation == Generation(reader) ? loaded.Labels : null;

    private static long Generation(AtomicReader reader) => (reader as SegmentReader)?.SegmentInfo.FieldInfosGen ?? -1;

    /// <summary>One segment's labels (0: no copy), read once per segment core and doc-values generation.</summary>
    private static int[] For(AtomicReader reader)
    {
        if (Cached(reader) is { } cached)
        {
            return cached;
        }

        var labels = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(FieldNames.DuplicateCluster) is { } values)
        {
            for (var doc = 0; doc < labels.Length; doc++)
            {
                labels[doc] = (int)values.Get(doc);
            }
        }

        Cache.AddOrUpdate(reader.CoreCacheKey, new Loaded(Generation(reader), labels));
        return labels;
    }

    private sealed record Loaded(long Generation, int[] Labels);

    /// <summary>Story labels by top-level document: a segment's array, or its doc values, found by document base.</summary>
    internal sealed class HitLabels(int[] starts, int[]?[] arrays, NumericDocValues?[] values)
    {
        /// <summary>The document's story label, or -1 for an article with no copy.</summary>
        public int ClusterOf(int doc)
        {
            var leaf = ReaderUtil.SubIndex(doc, starts);
            var local = doc - starts[leaf];
            var label = arrays[leaf] is { } array ? array[local] : (int)(values[leaf]?.Get(local) ?? 0);
            return label != 0 ? label : -1;
        }
    }
}
