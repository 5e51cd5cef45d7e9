using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>Which live articles of one index reader are near-duplicate copies of each other: a cluster id per
/// top-level document, or -1 for an article with no copy. From the story labels indexing wrote
/// (<see cref="ClusterLabels"/>: read per hit, or from per-segment arrays once warmed), or, for an index of an older
/// format, by clustering every signature once per reader (seconds for a million articles).</summary>
internal sealed class DuplicateClusters
{
    private const int MaxComparisons = 64;
    private static readonly ConditionalWeakTable<IndexReader, DuplicateClusters> Cache = new();
    private readonly int[]? _clusterOf;
    private readonly ClusterLabels.HitLabels? _labels;

    private DuplicateClusters(int[] clusterOf) => _clusterOf = clusterOf;

    private DuplicateClusters(ClusterLabels.HitLabels labels) => _labels = labels;

    /// <summary>The cluster of a top-level document, or -1 when it has no near-duplicate.</summary>
    public int ClusterOf(int doc) => _clusterOf is not null ? _clusterOf[doc] : _labels!.ClusterOf(doc);

    /// <summary>The clusters for one search over <paramref name="reader"/>: shared once every segment's labels are in
    /// memory (<see cref="Warm"/>), else reading the labels of the hits it is asked about.</summary>
    public static DuplicateClusters For(IndexReader reader)
    {
        if (Cache.TryGetValue(reader, out var cached))
        {
            return cached;
        }

        if (!ClusterLabels.Written(reader))
        {
            return Cache.GetValue(reader, r => new DuplicateClusters(Compute(r)));
        }

        var clusters = new DuplicateClusters(ClusterLabels.ForHits(reader, out var loaded));
        if (loaded)
        {
            Cache.AddOrUpdate(reader, clusters);
        }

        return clusters;
    }

    /// <summary>Reads what <see cref="For"/> needs of <paramref name="reader"/> into memory ahead of searches: the
    /// labels of segments not read yet, or, for an older index, the clusters of all its signatures.</summary>
    public static void Warm(IndexReader reader)
    {
        if (ClusterLabels.Written(reader))
        {
            ClusterLabels.Load(reader);
        }

        For(reader);
    }

    /// <summary>Clusters the signatures of every live article: a dense cluster id per top-level document, -1 for none.</summary>
    internal static int[] Compute(IndexReader reader)
    {
        var (signatures, signed) = ReadSignatures(reader);
        var count = reader.MaxDoc;
        var groups = new UnionFind(count);

        // Locality-sensitive hashing (SignatureBands): candidates are then compared on the whole signature. One band
        // at a time, buckets are chains through `next`, newest member first, found through a flat open-addressing
        // table (a dictionary of half a million entries cost 10x more).
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var keys = new long[capacity];
        var heads = new int[capacity];
        var next = new int[count];
        for (var band = 0; band < SignatureBands.Count; band++)
        {
            Array.Fill(heads, -1);
            for (var doc = 0; doc < count; doc++)
            {
                if (!signed[doc])
                {
                    continue;
                }

                var signature = signatures.AsSpan(doc * NearDuplicateSignature.Length, NearDuplicateSignature.Length);
                var key = SignatureBands.Key(signature, band);
                var slot = (int)((ulong)key >> 40) & (capacity - 1);
                while (heads[slot] >= 0 && keys[slot] != key)
                {
                    slot = (slot + 1) & (capacity - 1);
                }

                var other = heads[slot];
                for (var compared = 0; other >= 0 && compared < MaxComparisons; compared++)
                {
                    // Members already joined are skipped, so thousands of identical bodies stay linear.
                    if (groups.Find(other) != groups.Find(doc)
                        && NearDuplicateSignature.Similarity(signature, signatures.AsSpan(other * NearDuplicateSignature.Length, NearDuplicateSignature.Length)) >= NearDuplicateSignature.MinSimilarity)
                    {
                        groups.Union(doc, other);
                    }

                    other = next[other];
                }

                next[doc] = heads[slot];
                heads[slot] = doc;
                keys[slot] = key;
            }
        }

        return Number(groups, signed);
    }

    private static (uint[] Signatures, bool[] Signed) ReadSignatures(IndexReader reader)
    {
        var signatures = new uint[reader.MaxDoc * NearDuplicateSignature.Length];
        var signed = new bool[reader.MaxDoc];
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(FieldNames.BodySignature);
            if (values is null)
            {
                continue; // written before signatures existed: never collapsed
            }

            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    values.Get(doc, bytes);
                    var top = leaf.DocBase + doc;
                    signed[top] = NearDuplicateSignature.TryRead(
                        bytes.Bytes.AsSpan(bytes.Offset, bytes.Length),
                        signatures.AsSpan(top * NearDuplicateSignature.Length, NearDuplicateSignature.Length));
                }
            }
        }

        return (signatures, signed);
    }

    /// <summary>Dense cluster ids for roots with more than one member; -1 for everything alone.</summary>
    private static int[] Number(UnionFind groups, bool[] signed)
    {
        var size = new int[signed.Length];
        for (var doc = 0; doc < signed.Length; doc++)
        {
            size[groups.Find(doc)]++;
        }

        var ids = new int[signed.Length];
        Array.Fill(ids, -1);
        var count = 0;
        var clusterOf = new int[signed.Length];
        for (var doc = 0; doc < signed.Length; doc++)
        {
            var root = groups.Find(doc);
            if (!signed[doc] || size[root] < 2)
            {
                clusterOf[doc] = -1;
                continue;
            }

            if (ids[root] < 0)
            {
                ids[root] = count++;
            }

            clusterOf[doc] = ids[root];
        }

        return clusterOf;
    }
}
