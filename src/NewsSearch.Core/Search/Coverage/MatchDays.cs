using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Coverage;

/// <summary>Counts a match set per publication day (and, when asked, per outlet and day) in one pass over its hits,
/// from the per-segment arrays of <see cref="SegmentValues"/>: no stored field is read, no score is used.</summary>
internal sealed class MatchDays : ICollector
{
    private readonly int _firstDay;
    private readonly OutletIds? _outlets;
    private int[] _days = [];
    private int[]? _ords;
    private int[] _ids = [];

    /// <summary>A counter for days from <paramref name="firstDay"/> to <paramref name="lastDay"/> (the index's dated
    /// range); with <paramref name="outlets"/>, also per outlet.</summary>
    public MatchDays(int firstDay, int lastDay, OutletIds? outlets)
    {
        _firstDay = firstDay;
        _outlets = outlets;
        PerDay = new int[Math.Max(lastDay - firstDay + 1, 0)];
        PerOutletDay = outlets is null ? null : [];
        PerOutlet = outlets is null ? null : [];
    }

    /// <summary>Matches per day, indexed by day number minus the first day.</summary>
    public int[] PerDay { get; }

    /// <summary>All matches, dated or not.</summary>
    public int Matches { get; private set; }

    /// <summary>Matches without a publication date.</summary>
    public int Undated { get; private set; }

    /// <summary>With outlets: matches per outlet id and day number, keyed <c>id &lt;&lt; 32 | day</c>.</summary>
    public Dictionary<long, int>? PerOutletDay { get; }

    /// <summary>With outlets: matches per outlet id, dated or not.</summary>
    public Dictionary<int, int>? PerOutlet { get; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var values = SegmentValues.For(context.AtomicReader);
        _days = values.Days;
        _ords = values.SourceOrds;
        if (_outlets is not null)
        {
            _ids = _outlets.Of(SegmentTotals.For(context.AtomicReader));
        }
    }

    public void Collect(int doc)
    {
        Matches++;
        var day = _days[doc];
        if (day > 0)
        {
            PerDay[day - _firstDay]++;
        }
        else
        {
            Undated++;
        }

        if (PerOutlet is not null && _ords is not null && _ords[doc] is var ord and >= 0)
        {
            var id = _ids[ord];
            CollectionsMarshal.GetValueRefOrAddDefault(PerOutlet, id, out _)++;
            if (day > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(PerOutletDay!, ((long)id << 32) | (uint)day, out _)++;
            }
        }
    }
}
