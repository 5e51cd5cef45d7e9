using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Facets;

/// <summary>One segment's publication days and outlet ordinals: as plain arrays, read once per segment and cached with
/// the segment's core (<see cref="For"/>: what a long-lived engine warms before searches see a segment), or, where a
/// segment has not been read whole, straight from its doc values, one read per hit (<see cref="ForHits"/>: a one-shot
/// search over a million articles reads the values of its 40,000 hits, not a million of each).</summary>
internal sealed class SegmentValues
{
    // Keyed by the segment core: deletions do not change a document's values, and this index never updates doc values in place.
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();
    private readonly NumericDocValues? _dayValues;
    private readonly SortedDocValues? _keyValues;

    private SegmentValues(int[] days, int[]? sourceOrds)
    {
        Days = days;
        SourceOrds = sourceOrds;
        HasSources = sourceOrds is not null;
        IsLoaded = true;
    }

    private SegmentValues(NumericDocValues? days, SortedDocValues? keys)
    {
        Days = [];
        _dayValues = days;
        _keyValues = keys;
        HasSources = keys is not null;
    }

    /// <summary>Publication day number per document, 0 when undated (empty when read per hit: use <see cref="Day"/>).</summary>
    public int[] Days { get; }

    /// <summary>Ordinal of the outlet key per document in the segment's <see cref="FieldNames.SourceKey"/> doc values
    /// (-1 when none), or <c>null</c> when the segment has no outlet at all or is read per hit (use <see cref="SourceOrd"/>).</summary>
    public int[]? SourceOrds { get; }

    /// <summary>Whether the segment records outlets.</summary>
    public bool HasSources { get; }

    /// <summary>Whether the values were read whole into <see cref="Days"/> and <see cref="SourceOrds"/>.</summary>
    public bool IsLoaded { get; }

    /// <summary>The segment's arrays, read on first use and cached with its core.</summary>
    public static SegmentValues For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    /// <summary>For one search over the segment's hits: the cached arrays when the segment has been read whole, else
    /// a reader of its doc values for this search alone (doc-values readers keep a position: not to be shared).</summary>
    public static SegmentValues ForHits(AtomicReader reader) =>
        Cache.TryGetValue(reader.CoreCacheKey, out var loaded)
            ? loaded
            : new SegmentValues(reader.GetNumericDocValues(FieldNames.PublishedDay), reader.GetSortedDocValues(FieldNames.SourceKey));

    /// <summary>A document's publication day number, 0 when undated.</summary>
    public int Day(int doc) => _dayValues is not null ? (int)_dayValues.Get(doc) : Days.Length > 0 ? Days[doc] : 0;

    /// <summary>A document's outlet ordinal, -1 when none.</summary>
    public int SourceOrd(int doc) => _keyValues is not null ? _keyValues.GetOrd(doc) : SourceOrds is { } ords ? ords[doc] : -1;

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
