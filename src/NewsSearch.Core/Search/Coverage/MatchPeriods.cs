using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Coverage;

/// <summary>Counts a match set per period (and, when asked, per outlet and period) in one pass over its hits, from
/// the per-segment arrays of <see cref="SegmentValues"/>: no stored field is read, no score is used. The periods are
/// those of the whole index's dated range; an answer then keeps the ones it shows.</summary>
internal sealed class MatchPeriods : ICollector
{
    private readonly PeriodScale _scale;
    private readonly OutletIds? _outlets;
    private readonly List<int[]?> _perOutlet = [];
    private int[] _days = [];
    private int[]? _ords;
    private int[] _ids = [];

    /// <summary>A counter over the periods of <paramref name="scale"/>; with <paramref name="outlets"/>, also per outlet.</summary>
    public MatchPeriods(PeriodScale scale, OutletIds? outlets)
    {
        _scale = scale;
        _outlets = outlets;
        PerPeriod = new int[scale.Count];
    }

    /// <summary>Matches per period of the scale.</summary>
    public int[] PerPeriod { get; }

    /// <summary>All matches, dated or not.</summary>
    public int Matches { get; private set; }

    /// <summary>Matches without a publication date.</summary>
    public int Undated { get; private set; }

    /// <summary>With outlets: matches per outlet id, dated or not.</summary>
    public Dictionary<int, int> PerOutlet { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>With outlets: an outlet's matches per period of the scale, or <c>null</c> when it has no dated match.</summary>
    public int[]? OfOutlet(int id) => id < _perOutlet.Count ? _perOutlet[id] : null;

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
        var period = day > 0 ? _scale.PeriodOf(day) : -1;
        if (period >= 0)
        {
            PerPeriod[period]++;
        }
        else
        {
            Undated++;
        }

        if (_outlets is not null && _ords is not null && _ords[doc] is var ord and >= 0)
        {
            var id = _ids[ord];
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(PerOutlet, id, out _)++;
            if (period >= 0)
            {
                while (_perOutlet.Count <= id)
                {
                    _perOutlet.Add(null);
                }

                (_perOutlet[id] ??= new int[_scale.Count])[period]++;
            }
        }
    }
}
