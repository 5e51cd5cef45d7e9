using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Facets;

/// <summary>Counts hits per outlet and per publication day from doc values while the hits are collected (no stored
/// field is read). Outlets are counted by segment ordinal of their comparable key, so <c>L'Opinion</c> and
/// <c>l’opinion</c> are one outlet, labelled as its first hit in index order wrote its name.</summary>
internal sealed class FacetCounter
{
    private readonly Dictionary<string, (string Label, int Count)> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _days = [];
    private SortedDocValues? _keys;
    private int[]? _ords;
    private SegmentValues? _values;
    private SortedDocValues? _labels;
    private int[] _ordCounts = [];
    private int[] _ordFirstDoc = [];

    /// <summary>Starts a segment, after folding the previous segment's outlet counts into the totals.</summary>
    public void SetSegment(AtomicReader reader, SegmentValues values)
    {
        FlushSegment();
        _keys = reader.GetSortedDocValues(FieldNames.SourceKey);
        _ords = values.SourceOrds;
        _values = values.HasSources && _ords is null ? values : null;
        _labels = reader.GetSortedDocValues(FieldNames.Source);
        var outlets = _keys?.ValueCount ?? 0;
        _ordCounts = new int[outlets];
        _ordFirstDoc = new int[outlets];
    }

    /// <summary>Counts one hit of the current segment, with its publication day (0 when undated).</summary>
    public void Count(int doc, int day)
    {
        if (_ords is not null || _values is not null)
        {
            var ord = _ords is not null ? _ords[doc] : _values!.SourceOrd(doc);
            if (ord >= 0 && (_ordCounts[ord]++ == 0 || doc < _ordFirstDoc[ord]))
            {
                _ordFirstDoc[ord] = doc;
            }
        }

        if (day > 0)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_days, day, out _)++;
        }
    }

    /// <summary>The counts: outlets most first, years and months newest first.</summary>
    public SearchFacets Build()
    {
        FlushSegment();
        var years = new Dictionary<int, int>();
        var months = new Dictionary<int, int>();
        foreach (var (day, count) in _days)
        {
            var date = DateOnly.FromDayNumber(day);
            years[date.Year] = years.GetValueOrDefault(date.Year) + count;
            var month = date.Year * 100 + date.Month;
            months[month] = months.GetValueOrDefault(month) + count;
        }

        return new SearchFacets
        {
            Sources = _sources.Values
                .OrderByDescending(s => s.Count).ThenBy(s => s.Label, StringComparer.Ordinal)
                .Select(s => new FacetCount(s.Label, s.Count)).ToList(),
            Years = years.OrderByDescending(y => y.Key)
                .Select(y => new FacetCount(y.Key.ToString("0000", CultureInfo.InvariantCulture), y.Value)).ToList(),
            Months = months.OrderByDescending(m => m.Key)
                .Select(m => new FacetCount(string.Create(CultureInfo.InvariantCulture, $"{m.Key / 100:0000}-{m.Key % 100:00}"), m.Value)).ToList(),
        };
    }

    private void FlushSegment()
    {
        if (_keys is null)
        {
            return;
        }

        var bytes = new BytesRef();
        for (var ord = 0; ord < _ordCounts.Length; ord++)
        {
            if (_ordCounts[ord] == 0)
            {
                continue;
            }

            _keys.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            if (!_sources.TryGetValue(key, out var entry))
            {
                entry = (LabelOf(ord, key), 0);
            }

            _sources[key] = (entry.Label, entry.Count + _ordCounts[ord]);
        }

        _keys = null;
    }

    /// <summary>The outlet name as written, read from the segment's first hit of it; indexes written before that
    /// doc-values field existed fall back to the comparable key.</summary>
    private string LabelOf(int ord, string key)
    {
        if (_labels is null)
        {
            return key;
        }

        var bytes = new BytesRef();
        _labels.Get(_ordFirstDoc[ord], bytes);
        return bytes.Length > 0 ? bytes.Utf8ToString() : key;
    }
}
