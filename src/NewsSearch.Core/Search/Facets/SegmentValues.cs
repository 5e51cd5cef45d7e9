using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Facets;

/// <summary>One segment's publication days and outlet ordinals as plain arrays, read once per segment and cached
/// with the segment's core. The codec reads doc values straight from the file, and through the directory a
/// per-hit read costs a seek: microseconds, which over thousands of hits made facets cost ten times the search.</summary>
internal sealed class SegmentValues
{
    // Keyed by the segment core: deletions do not change a document's values, and this index never updates doc values in place.
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(int[] days, int[]? sourceOrds)
    {
        Days = days;
        SourceOrds = sourceOrds;
    }

    /// <summary>Publication day number per document, 0 when undated.</summary>
    public int[] Days { get; }

    /// <summary>Ordinal of the outlet key per document in the segment's <see cref="FieldNames.SourceKey"/> doc values
    /// (-1 when none), or <c>null</c> when the segment has no outlet at all.</summary>
    public int[]? SourceOrds { get; }

    public static SegmentValues For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentValues Load(AtomicReader reader)
    {
        var days = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(FieldNames.PublishedDay) is { } dayValues)
        {
            for (var doc = 0; doc < days.Length; doc++)
            {
                days[doc] = (int)dayValues.Get(doc);
            }
        }

        int[]? ords = null;
        if (reader.GetSortedDocValues(FieldNames.SourceKey) is { } keys)
        {
            ords = new int[reader.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = keys.GetOrd(doc);
            }
        }

        return new SegmentValues(days, ords);
    }
}
