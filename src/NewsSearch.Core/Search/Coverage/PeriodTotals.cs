using NewsSearch.Indexing;

namespace NewsSearch.Search.Coverage;

/// <summary>All articles per period within a request's outlet and date filter (and per outlet, when asked), added up
/// from the cached <see cref="SegmentTotals"/> of each segment.</summary>
internal sealed class PeriodTotals
{
    private PeriodTotals(int[] all, Dictionary<int, int[]> perOutlet)
    {
        All = all;
        PerOutlet = perOutlet;
    }

    /// <summary>Articles per period.</summary>
    public int[] All { get; }

    /// <summary>With outlets: articles per outlet id and period.</summary>
    public Dictionary<int, int[]> PerOutlet { get; }

    public static PeriodTotals Sum(IReadOnlyList<SegmentTotals> segments, PeriodScale scale, CoverageRequest request, OutletIds? outlets)
    {
        var all = new int[scale.Count];
        var perOutlet = new Dictionary<int, int[]>();
        var wanted = request.Sources.Count == 0 ? null : request.Sources.Select(SourceKeys.Normalize).ToHashSet(StringComparer.Ordinal);
        var from = request.From?.DayNumber ?? int.MinValue;
        var to = request.To?.DayNumber ?? int.MaxValue;
        foreach (var segment in segments)
        {
            var allowed = wanted is null ? null : segment.Keys.Select(wanted.Contains).ToArray();
            var ids = outlets?.Of(segment);
            for (var i = 0; i < segment.Days.Length; i++)
            {
                var day = segment.Days[i];
                var ord = segment.Ords[i];
                var period = day >= from && day <= to ? scale.PeriodOf(day) : -1;
                if (period < 0 || (allowed is not null && (ord < 0 || !allowed[ord])))
                {
                    continue;
                }

                all[period] += segment.Counts[i];
                if (ids is not null && ord >= 0)
                {
                    var id = ids[ord];
                    if (!perOutlet.TryGetValue(id, out var counts))
                    {
                        perOutlet[id] = counts = new int[scale.Count];
                    }

                    counts[period] += segment.Counts[i];
                }
            }
        }

        return new PeriodTotals(all, perOutlet);
    }
}
