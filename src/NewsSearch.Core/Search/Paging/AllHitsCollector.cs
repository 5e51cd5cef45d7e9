using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Paging;

/// <summary>One pass over every hit: records each hit's document, score and publication day (for ranking, paging
/// and collapsing afterwards) and feeds the facet counter, so facets cost no second query. When the hits are those of
/// a ranking query wider than the match set, only the match set's <paramref name="members"/> are faceted and counted.
/// Its arrays (three per hit: megabytes for a broad query over a large archive) are rented from the shared pool and
/// given back on dispose, so searches do not fill the large-object heap and trigger full collections.</summary>
internal sealed class AllHitsCollector(FacetCounter? facets, FixedBitSet? members = null) : ICollector, IDisposable
{
    private readonly FacetCounter? _facets = facets;
    private Scorer? _scorer;
    private int[]? _days;
    private SegmentValues? _values;
    private int _docBase;
    private int[] _docs = System.Buffers.ArrayPool<int>.Shared.Rent(256);
    private float[] _scores = System.Buffers.ArrayPool<float>.Shared.Rent(256);
    private int[] _dayOf = System.Buffers.ArrayPool<int>.Shared.Rent(256);

    /// <summary>Hits collected.</summary>
    public int Count { get; private set; }

    /// <summary>Hits of the match set collected (all of them when no members were given).</summary>
    public int MemberCount { get; private set; }

    /// <summary>Whether a top-level document is in the match set.</summary>
    public bool IsMember(int doc) => members is null || members.Get(doc);

    /// <summary>Top-level document ids, in collection order.</summary>
    public ReadOnlySpan<int> Docs => _docs.AsSpan(0, Count);

    /// <summary>Scores, parallel to <see cref="Docs"/>.</summary>
    public ReadOnlySpan<float> Scores => _scores.AsSpan(0, Count);

    /// <summary>Publication day numbers (0 when undated), parallel to <see cref="Docs"/>.</summary>
    public ReadOnlySpan<int> Days => _dayOf.AsSpan(0, Count);

    /// <summary>The arrays behind <see cref="Docs"/>, <see cref="Scores"/> and <see cref="Days"/> (longer than
    /// <see cref="Count"/>), for ranking without copying them; valid until the collector is disposed.</summary>
    internal (int[] Docs, float[] Scores, int[] Days) Buffers => (_docs, _scores, _dayOf);

    // In document order: hits are ranked after collection anyway, and out of order Lucene scores a disjunction with
    // a table of 2,048 buckets allocated per segment and search, a third of what a search allocated at a million
    // articles (garbage collections that stall every concurrent search).
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <summary>The <paramref name="count"/> best-scored hits (ties: lower document id first), best first.</summary>
    public List<(int Doc, float Score)> Best(int count)
    {
        var order = Comparer<(int Doc, float Score)>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));
        var kept = new PriorityQueue<(int Doc, float Score), (int Doc, float Score)>(order);
        for (var i = 0; i < Count; i++)
        {
            var hit = (_docs[i], _scores[i]);
            if (kept.Count < count)
            {
                kept.Enqueue(hit, hit);
            }
            else if (order.Compare(hit, kept.Peek()) > 0)
            {
                kept.DequeueEnqueue(hit, hit);
            }
        }

        var best = new List<(int Doc, float Score)>(kept.Count);
        while (kept.Count > 0)
        {
            best.Add(kept.Dequeue());
        }

        best.Reverse();
        return best;
    }

    /// <summary>Adds each document's bonus (by top-level id) to its score.</summary>
    public void AddBonuses(IReadOnlyDictionary<int, float> bonuses)
    {
        for (var i = 0; i < Count && bonuses.Count > 0; i++)
        {
            _scores[i] += bonuses.GetValueOrDefault(_docs[i]);
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        // The arrays when the segment was read whole (warmed), else its doc values for this search's hits alone.
        var values = SegmentValues.ForHits(context.AtomicReader);
        _values = values;
        _days = values.IsLoaded ? values.Days : null;
        _facets?.SetSegment(context.AtomicReader, values);
    }

    public void Collect(int doc)
    {
        if (Count == _docs.Length)
        {
            Grow(ref _docs);
            Grow(ref _scores);
            Grow(ref _dayOf);
        }

        var day = _days is not null ? _days[doc] : _values!.Day(doc);
        _docs[Count] = _docBase + doc;
        _scores[Count] = _scorer!.GetScore();
        _dayOf[Count] = day;
        Count++;
        if (members is null || members.Get(_docBase + doc))
        {
            MemberCount++;
            _facets?.Count(doc, day);
        }
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<int>.Shared.Return(_docs);
        System.Buffers.ArrayPool<float>.Shared.Return(_scores);
        System.Buffers.ArrayPool<int>.Shared.Return(_dayOf);
        _docs = _dayOf = [];
        _scores = [];
    }

    private void Grow<T>(ref T[] array)
    {
        var larger = System.Buffers.ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan(0, Count).CopyTo(larger);
        System.Buffers.ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
