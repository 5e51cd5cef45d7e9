using System.Diagnostics;
using Lucene.Net.Search;
using NewsSearch.Search.Matching;

namespace NewsSearch.Search.Coverage;

/// <summary>Answers a coverage request: each query's match set counted per day in one pass, the range of periods
/// they span, then matches and all articles per period (and per outlet when asked).</summary>
internal sealed class CoverageCounter(QueryBuilder queries)
{
    public CoverageResults Count(IndexSearcher searcher, CoverageRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        var segments = searcher.IndexReader.Leaves.Select(leaf => SegmentTotals.For(leaf.AtomicReader)).ToList();
        var dated = segments.Where(s => s.Days.Length > 0).ToList();
        var (firstDay, lastDay) = dated.Count == 0 ? (1, 0) : (dated.Min(s => s.FirstDay), dated.Max(s => s.LastDay));
        var outlets = request.BySource ? new OutletIds() : null;
        var counted = request.Queries.Select(query => CountOne(searcher, query, request, firstDay, lastDay, outlets)).ToList();

        var scale = Range(request, firstDay, lastDay, counted.Select(c => c.Days)) is var (first, last)
            ? PeriodScale.Between(request.By, first, last)
            : null;
        var totals = scale is null ? null : PeriodTotals.Sum(segments, scale, request, outlets);
        return new CoverageResults
        {
            By = request.By,
            Series = [.. counted.Select(c => Series(c, scale, totals, outlets, firstDay))],
            Elapsed = clock.Elapsed,
        };
    }

    private Counted CountOne(IndexSearcher searcher, string query, CoverageRequest request, int firstDay, int lastDay, OutletIds? outlets)
    {
        var matches = MatchSet.Resolve(queries, searcher, query, request.SearchFor(query));
        var days = new MatchDays(firstDay, lastDay, outlets);
        if (matches.Matching is { } matching)
        {
            searcher.Search(matching, matches.Filter, days);
        }

        return new Counted(query, matches.Notices, days);
    }

    /// <summary>The days the periods must cover: from the filter's start, else the first match of any query, to the
    /// filter's end, else the last match; within the index's dated range. <c>null</c> when there is nothing to show.</summary>
    private static (int First, int Last)? Range(CoverageRequest request, int indexFirst, int indexLast, IEnumerable<MatchDays> series)
    {
        int? firstMatch = null, lastMatch = null;
        foreach (var days in series)
        {
            var first = Array.FindIndex(days.PerDay, c => c > 0);
            if (first >= 0)
            {
                firstMatch = Math.Min(firstMatch ?? int.MaxValue, indexFirst + first);
                lastMatch = Math.Max(lastMatch ?? int.MinValue, indexFirst + Array.FindLastIndex(days.PerDay, c => c > 0));
            }
        }

        var start = request.From is { } from ? Math.Max(from.DayNumber, indexFirst) : firstMatch ?? (request.To is null ? null : indexFirst);
        var end = request.To is { } to ? Math.Min(to.DayNumber, indexLast) : lastMatch ?? (request.From is null ? null : indexLast);
        return start is { } s && end is { } e && s <= e ? (s, e) : null;
    }

    private static CoverageSeries Series(Counted counted, PeriodScale? scale, PeriodTotals? totals, OutletIds? outlets, int firstDay)
    {
        var days = counted.Days;
        if (scale is null || totals is null)
        {
            return new CoverageSeries { Query = counted.Query, Matches = days.Matches, Undated = days.Undated, Notices = counted.Notices, Points = [] };
        }

        var matches = new int[scale.Count];
        for (var i = 0; i < days.PerDay.Length; i++)
        {
            if (days.PerDay[i] > 0 && scale.PeriodOf(firstDay + i) is var period and >= 0)
            {
                matches[period] += days.PerDay[i];
            }
        }

        return new CoverageSeries
        {
            Query = counted.Query,
            Matches = days.Matches,
            Undated = days.Undated,
            Notices = counted.Notices,
            Points = Points(scale, matches, totals.All),
            Sources = outlets is null ? [] : BySource(days, scale, totals, outlets),
        };
    }

    private static List<SourceCoverage> BySource(MatchDays days, PeriodScale scale, PeriodTotals totals, OutletIds outlets)
    {
        var matches = new Dictionary<int, int[]>();
        foreach (var (key, count) in days.PerOutletDay!)
        {
            var id = (int)(key >> 32);
            if (scale.PeriodOf((int)key) is var period and >= 0)
            {
                if (!matches.TryGetValue(id, out var counts))
                {
                    matches[id] = counts = new int[scale.Count];
                }

                counts[period] += count;
            }
        }

        return [.. days.PerOutlet!
            .Select(o => new SourceCoverage(outlets.Label(o.Key), o.Value,
                Points(scale, matches.GetValueOrDefault(o.Key) ?? new int[scale.Count], totals.PerOutlet.GetValueOrDefault(o.Key) ?? new int[scale.Count])))
            .OrderByDescending(s => s.Matches).ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    private static CoveragePoint[] Points(PeriodScale scale, int[] matches, int[] totals) =>
        [.. Enumerable.Range(0, scale.Count).Select(p => new CoveragePoint(scale.Label(p), scale.Start(p), scale.End(p), matches[p], totals[p]))];

    private sealed record Counted(string Query, IReadOnlyList<string> Notices, MatchDays Days);
}
