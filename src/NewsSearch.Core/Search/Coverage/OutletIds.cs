namespace NewsSearch.Search.Coverage;

/// <summary>Outlets numbered across segments for one coverage answer: each segment numbers its outlets on its own
/// (ordinals of the outlet key), and the per-outlet breakdown adds them up by key.</summary>
internal sealed class OutletIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<SegmentTotals, int[]> _segments = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many outlets were numbered.</summary>
    public int Count => _labels.Count;

    /// <summary>The outlet's name as written in the first segment that had it.</summary>
    public string Label(int id) => _labels[id];

    /// <summary>The id of each of a segment's outlet ordinals.</summary>
    public int[] Of(SegmentTotals segment)
    {
        if (!_segments.TryGetValue(segment, out var ids))
        {
            ids = new int[segment.Keys.Length];
            for (var ord = 0; ord < ids.Length; ord++)
            {
                if (!_ids.TryGetValue(segment.Keys[ord], out ids[ord]))
                {
                    ids[ord] = _ids[segment.Keys[ord]] = _labels.Count;
                    _labels.Add(segment.Labels[ord]);
                }
            }

            _segments[segment] = ids;
        }

        return ids;
    }
}
