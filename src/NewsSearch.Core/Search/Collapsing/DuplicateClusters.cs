using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>Which live articles of one index reader are near-duplicate copies of each other: a cluster id per
/// top-level document, or -1 for an article with no copy. Made once per reader and cached with it, so a search only
/// reads an array: from the labels indexing wrote (<see cref="ClusterLabels"/>: read again only for new or changed
/// segments), or, for an index of an older format, by clustering every signature (seconds for a million articles).</summary>
internal sealed class DuplicateClusters
{
    private const int Bands = 16;
    private const int Rows = NearDuplicateSignature.Length / Bands;
    private const int MaxComparisons = 64;
    private static readonly ConditionalWeakTable<IndexReader, DuplicateClusters> Cache = new();
    private readonly int[] _clusterOf;

    private DuplicateClusters(int[] clusterOf) => _clusterOf = clusterOf;

    /// <summary>The cluster of a top-level document, or -1 when it has no near-duplicate.</summary>
    public int ClusterOf(int doc) => _clusterOf[doc];

    public static DuplicateClusters For(IndexReader reader) =>
        Cache.GetValue(reader, r => new DuplicateClusters(ClusterLabels.Written(r) ? ClusterLabels.ClusterOf(r) : Compute(r)));

    /// <summary>Clusters the signatures of every live article: a dense cluster id per top-level document, -1 for none.</summary>
    internal static int[] Compute(IndexReader reader)
    {
        var signatures = new SignatureReader(reader);
        var (bandKeys, signed) = ReadBandKeys(reader, signatures);
        var parent = new int[reader.MaxDoc];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        // Locality-sensitive hashing: two articles become candidates when all 3 values of one of 16 bands agree,
        // which happens for nearly every pair of copies and almost never for unrelated texts; candidates are then
        // compared on the whole signature, read again from the index (a 32-bit band key that collides only adds a
        // comparison). One band at a time, buckets are chains through `next`, newest member first, found through a
        // flat open-addressing table (a dictionary of half a million entries cost 10x more).
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, parent.Length * 2));
        var keys = new int[capacity];
        var heads = new int[capacity];
        var next = new int[parent.Length];
        Span<uint> signature = stackalloc uint[NearDuplicateSignature.Length];
        Span<uint> candidate = stackalloc uint[NearDuplicateSignature.Length];
        for (var band = 0; band < Bands; band++)
        {
            Array.Fill(heads, -1);
            for (var doc = 0; doc < parent.Length; doc++)
            {
                if (!signed[doc])
                {
                    continue;
                }

                var key = bandKeys[(doc * Bands) + band];
                var slot = (int)((uint)key * 0x9E3779B1u >> 8) & (capacity - 1);
                while (heads[slot] >= 0 && keys[slot] != key)
                {
                    slot = (slot + 1) & (capacity - 1);
                }

                var other = heads[slot];
                var read = false;
                for (var compared = 0; other >= 0 && compared < MaxComparisons; compared++)
                {
                    // Members already joined are skipped, so thousands of identical bodies stay linear.
                    if (Find(parent, other) != Find(parent, doc)
                        && (read || (read = signatures.TryRead(doc, signature)))
                        && signatures.TryRead(other, candidate)
                        && NearDuplicateSignature.Similarity(signature, candidate) >= NearDuplicateSignature.MinSimilarity)
                    {
                        Union(parent, doc, other);
                    }

                    other = next[other];
                }

                next[doc] = heads[slot];
                heads[slot] = doc;
                keys[slot] = key;
            }
        }

        return Number(parent, signed);
    }

    /// <summary>The 16 band keys of every live signed article (32-bit hashes of each band's 3 values).</summary>
    private static (int[] BandKeys, bool[] Signed) ReadBandKeys(IndexReader reader, SignatureReader signatures)
    {
        var bandKeys = new int[reader.MaxDoc * Bands];
        var signed = new bool[reader.MaxDoc];
        Span<uint> signature = stackalloc uint[NearDuplicateSignature.Length];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (signatures.TryRead(doc, signature))
            {
                signed[doc] = true;
                for (var band = 0; band < Bands; band++)
                {
                    bandKeys[(doc * Bands) + band] = BandKey(signature.Slice(band * Rows, Rows), band);
                }
            }
        }

        return (bandKeys, signed);
    }

    private static int BandKey(ReadOnlySpan<uint> rows, int band)
    {
        var key = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var value in rows)
        {
            key = (key ^ value) * 0xBF58476D1CE4E5B9UL;
        }

        return (int)(key >> 32);
    }

    /// <summary>Dense cluster ids for roots with more than one member; -1 for everything alone.</summary>
    private static int[] Number(int[] parent, bool[] signed)
    {
        var size = new int[parent.Length];
        for (var doc = 0; doc < parent.Length; doc++)
        {
            size[Find(parent, doc)]++;
        }

        var ids = new int[parent.Length];
        Array.Fill(ids, -1);
        var count = 0;
        var clusterOf = new int[parent.Length];
        for (var doc = 0; doc < parent.Length; doc++)
        {
            var root = Find(parent, doc);
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

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
