using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Listing;

/// <summary>Collects every match of a query compactly: per hit a document id, a score, a publication day and, when
/// the order or a time bound needs it, an indexing time, in parallel arrays (12 or 20 bytes a hit, no object), so a
/// listing of a million articles costs megabytes, not a million objects.</summary>
internal sealed class MatchCollector(bool withIndexedAt, long indexedAfter = long.MinValue) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;
    private int[] _segmentDays = [];
    private long[] _segmentTimes = [];
    private int[] _docs = new int[256];
    private float[] _scores = new float[256];
    private int[] _days = new int[256];
    private long[] _times = withIndexedAt ? new long[256] : [];

    public int Count { get; private set; }

    /// <summary>Top-level document ids, in collection order.</summary>
    public int[] Docs => _docs;

    /// <summary>Scores, parallel to <see cref="Docs"/>.</summary>
    public float[] Scores => _scores;

    /// <summary>Publication day numbers (0 when undated), parallel to <see cref="Docs"/>.</summary>
    public int[] Days => _days;

    /// <summary>Indexing times, parallel to <see cref="Docs"/> (empty unless asked for).</summary>
    public long[] Times => _times;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _segmentDays = SegmentValues.For(context.AtomicReader).Days;
        _segmentTimes = withIndexedAt ? IndexedAtValues.For(context.AtomicReader) : [];
    }

    public void Collect(int doc)
    {
        var time = withIndexedAt ? _segmentTimes[doc] : 0;
        if (withIndexedAt && time <= indexedAfter)
        {
            return;
        }

        if (Count == _docs.Length)
        {
            Array.Resize(ref _docs, Count * 2);
            Array.Resize(ref _scores, Count * 2);
            Array.Resize(ref _days, Count * 2);
            if (withIndexedAt)
            {
                Array.Resize(ref _times, Count * 2);
            }
        }

        _docs[Count] = _docBase + doc;
        var score = _scorer!.GetScore();
        _scores[Count] = float.IsNaN(score) ? 0 : score;
        _days[Count] = _segmentDays[doc];
        if (withIndexedAt)
        {
            _times[Count] = time;
        }

        Count++;
    }

    /// <summary>The hit indexes in <paramref name="order"/>.</summary>
    public int[] Ordered(MatchOrder order)
    {
        var indexes = new int[Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = i;
        }

        Array.Sort(indexes, order switch
        {
            MatchOrder.Date => CompareByDate,
            MatchOrder.Indexed => CompareByIndexing,
            _ => CompareByScore,
        });
        return indexes;
    }

    /// <summary>Adds each document's bonus (by top-level id) to its score.</summary>
    public void AddBonuses(IReadOnlyDictionary<int, float> bonuses)
    {
        for (var i = 0; i < Count && bonuses.Count > 0; i++)
        {
            _scores[i] += bonuses.GetValueOrDefault(_docs[i]);
        }
    }

    private int CompareByScore(int a, int b)
    {
        var byScore = _scores[b].CompareTo(_scores[a]);
        return byScore != 0 ? byScore : _docs[a].CompareTo(_docs[b]);
    }

    private int CompareByDate(int a, int b) =>
        _days[a] != _days[b] ? _days[b].CompareTo(_days[a]) : CompareByScore(a, b);

    private int CompareByIndexing(int a, int b) =>
        _times[a] != _times[b] ? _times[b].CompareTo(_times[a]) : CompareByDate(a, b);
}
