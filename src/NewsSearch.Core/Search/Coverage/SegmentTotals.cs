using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Coverage;

/// <summary>One segment's live articles counted per publication day and outlet: the "all articles of the period" side
/// of coverage. Worked out once per segment reader and cached with it, so a reopened index recounts only its new
/// segments (and those whose deletions changed); a coverage answer then adds up a few thousand entries instead of
/// visiting every article.</summary>
internal sealed class SegmentTotals
{
    // Keyed by the reader itself, not its core: a segment whose deletions changed gets a new reader and new counts.
    private static readonly ConditionalWeakTable<object, SegmentTotals> Cache = new();

    private SegmentTotals(int[] days, int[] ords, int[] counts, string[] keys, string[] labels)
    {
        Days = days;
        Ords = ords;
        Counts = counts;
        Keys = keys;
        Labels = labels;
        FirstDay = days.Length > 0 ? days[0] : 0;
        LastDay = days.Length > 0 ? days[^1] : 0;
    }

    /// <summary>Publication day of each entry (ascending); undated articles have no entry.</summary>
    public int[] Days { get; }

    /// <summary>Segment ordinal of each entry's outlet, -1 for articles without one.</summary>
    public int[] Ords { get; }

    /// <summary>Live articles of each entry's day and outlet.</summary>
    public int[] Counts { get; }

    /// <summary>The comparable key of each outlet ordinal (<see cref="SourceKeys"/>).</summary>
    public string[] Keys { get; }

    /// <summary>Each outlet ordinal's name as written in one of its articles.</summary>
    public string[] Labels { get; }

    /// <summary>The first and last publication days of the segment's live articles; 0 when none is dated.</summary>
    public int FirstDay { get; }

    /// <inheritdoc cref="FirstDay"/>
    public int LastDay { get; }

    public static SegmentTotals For(AtomicReader reader) => Cache.GetValue(reader.CombinedCoreAndDeletesKey, _ => Load(reader));

    private static SegmentTotals Load(AtomicReader reader)
    {
        var values = SegmentValues.For(reader);
        var live = reader.LiveDocs;
        var ords = values.SourceOrds;
        var counts = new Dictionary<long, int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var day = values.Days[doc];
            if (day > 0 && (live is null || live.Get(doc)))
            {
                var key = ((long)day << 32) | (uint)(ords is null ? -1 : ords[doc]);
                CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
            }
        }

        var entries = counts.Keys.Order().ToArray();
        var (keys, labels) = Outlets(reader, ords, live);
        return new SegmentTotals(
            [.. entries.Select(e => (int)(e >> 32))],
            [.. entries.Select(e => (int)e)],
            [.. entries.Select(e => counts[e])],
            keys,
            labels);
    }

    private static (string[] Keys, string[] Labels) Outlets(AtomicReader reader, int[]? ords, IBits? live)
    {
        if (ords is null || reader.GetSortedDocValues(FieldNames.SourceKey) is not { } keyValues)
        {
            return ([], []);
        }

        var keys = new string[keyValues.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < keys.Length; ord++)
        {
            keyValues.LookupOrd(ord, bytes);
            keys[ord] = bytes.Utf8ToString();
        }

        // The name as written in the first article of each outlet (live ones first); indexes written before that
        // doc-values field existed fall back to the key.
        var labels = new string?[keys.Length];
        var missing = keys.Length;
        var written = reader.GetSortedDocValues(FieldNames.Source);
        for (var pass = 0; pass < 2 && written is not null && missing > 0; pass++)
        {
            for (var doc = 0; doc < ords.Length && missing > 0; doc++)
            {
                var ord = ords[doc];
                if (ord >= 0 && labels[ord] is null && (pass == 1 || live is null || live.Get(doc)))
                {
                    written.Get(doc, bytes);
                    labels[ord] = bytes.Length > 0 ? bytes.Utf8ToString() : keys[ord];
                    missing--;
                }
            }
        }

        return (keys, [.. labels.Select((label, ord) => label ?? keys[ord])]);
    }
}
