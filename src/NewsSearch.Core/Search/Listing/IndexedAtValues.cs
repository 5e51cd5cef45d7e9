using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Listing;

/// <summary>One segment's indexing times (<see cref="FieldNames.IndexedAt"/>) as a plain array, read once per segment
/// and cached with the segment's core (as <see cref="Facets.SegmentValues"/> does for days): saved searches and their
/// feeds read it for every match, and a doc-values read per hit costs a seek.</summary>
internal static class IndexedAtValues
{
    private static readonly ConditionalWeakTable<object, long[]> Cache = new();

    /// <summary>Milliseconds since 1970-01-01 UTC per document; 0 when the document records none.</summary>
    public static long[] For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    /// <summary>The latest indexing time of any live document of the index, 0 when there is none.</summary>
    public static long Latest(IndexReader reader)
    {
        long latest = 0;
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var values = For(leaf);
            var live = leaf.LiveDocs;
            for (var doc = 0; doc < values.Length; doc++)
            {
                if (values[doc] > latest && (live is null || live.Get(doc)))
                {
                    latest = values[doc];
                }
            }
        }

        return latest;
    }

    private static long[] Load(AtomicReader reader)
    {
        var times = new long[reader.MaxDoc];
        if (reader.GetNumericDocValues(FieldNames.IndexedAt) is { } values)
        {
            for (var doc = 0; doc < times.Length; doc++)
            {
                times[doc] = values.Get(doc);
            }
        }

        return times;
    }
}
