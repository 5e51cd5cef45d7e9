using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>Which live articles of one index reader are near-duplicate copies of each other: a cluster id per
/// top-level document, or -1 for an article with no copy. Built once per reader (a few milliseconds per 10,000
/// articles) and cached with it, so a search only reads an array.</summary>
internal sealed class DuplicateClusters
{
    private const int Bands = 6;
    private const int MaxComparisons = 64;
    private static readonly ConditionalWeakTable<IndexReader, DuplicateClusters> Cache = new();
    private readonly int[] _clusterOf;

    private DuplicateClusters(int[] clusterOf, long[] signatures)
    {
        _clusterOf = clusterOf;
        Signatures = signatures;
    }

    /// <summary>Each top-level document's body signature (0 when it has none).</summary>
    public long[] Signatures { get; }

    /// <summary>The cluster of a top-level document, or -1 when it has no near-duplicate.</summary>
    public int ClusterOf(int doc) => _clusterOf[doc];

    public static DuplicateClusters For(IndexReader reader) => Cache.GetValue(reader, Build);

    private static DuplicateClusters Build(IndexReader reader)
    {
        var signatures = ReadSignatures(reader);
        var parent = new int[signatures.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        // Split into 6 bands (11 or 10 bits): two signatures at most 5 bits apart agree on at least one whole band,
        // so comparing only articles that share a band finds every close pair without comparing all pairs.
        var buckets = new Dictionary<int, List<int>>();
        for (var doc = 0; doc < signatures.Length; doc++)
        {
            var signature = signatures[doc];
            if (signature == 0)
            {
                continue;
            }

            for (var band = 0; band < Bands; band++)
            {
                var key = (band << 16) | (int)((ulong)signature >> (band * 11) & 0x7FF);
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = [];
                }

                // Newest members first, and at most a bounded number: a bucket of random signatures holds a handful,
                // and thousands of identical bodies must not make this quadratic (the first comparisons join them).
                for (var m = members.Count - 1; m >= Math.Max(0, members.Count - MaxComparisons); m--)
                {
                    var other = members[m];
                    if (Find(parent, other) != Find(parent, doc)
                        && NearDuplicateSignature.Distance(signature, signatures[other]) <= NearDuplicateSignature.MaxDistance)
                    {
                        Union(parent, doc, other);
                    }
                }

                members.Add(doc);
            }
        }

        return new DuplicateClusters(Number(parent, signatures), signatures);
    }

    private static long[] ReadSignatures(IndexReader reader)
    {
        var signatures = new long[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(FieldNames.BodySignature);
            if (values is null)
            {
                continue; // written before signatures existed: never collapsed
            }

            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    signatures[leaf.DocBase + doc] = values.Get(doc);
                }
            }
        }

        return signatures;
    }

    /// <summary>Dense cluster ids for roots with more than one member; -1 for everything alone.</summary>
    private static int[] Number(int[] parent, long[] signatures)
    {
        var size = new int[parent.Length];
        for (var doc = 0; doc < parent.Length; doc++)
        {
            size[Find(parent, doc)]++;
        }

        var ids = new int[parent.Length];
        Array.Fill(ids, -1);
        var next = 0;
        var clusterOf = new int[parent.Length];
        for (var doc = 0; doc < parent.Length; doc++)
        {
            var root = Find(parent, doc);
            if (signatures[doc] == 0 || size[root] < 2)
            {
                clusterOf[doc] = -1;
                continue;
            }

            if (ids[root] < 0)
            {
                ids[root] = next++;
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
