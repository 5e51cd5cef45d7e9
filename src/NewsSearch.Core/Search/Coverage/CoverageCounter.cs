using System.Diagnostics;
using Lucene.Net.Search;
using NewsSearch.Search.Matching;

namespace NewsSearch.Search.Coverage;

/// <summary>Answers a coverage request: each query's match set counted per period of the index's dated range in one
/// pass, the range of periods shown (from the first to the last holding a match, or the filter's dates), then matches
/// and all articles per period (and per outlet when asked).</summary>
internal sealed class CoverageCounter(QueryBuilder queries)
{
    public CoverageResults Count(IndexSearcher searcher, CoverageRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        var segments = searcher.IndexReader.Leaves.Select(leaf => SegmentTotals.For(leaf.AtomicReader)).ToList();
        var dated = segments.Where(s => s.Days.Length > 0).ToList();
        var outlets = request.BySource ? new OutletIds() : null;
        var all = dated.Count == 0 ? null : PeriodScale.Between(request.By, dated.Min(s => s.FirstDay), dated.Max(s => s.LastDay));
        var counted = request.Queries.Select(query => CountOne(searcher, query, request, all, outlets)).ToList();

        var shown = all is null ? null : ShownPeriods(request, all, counted.Select(c => c.Periods));
        var totals = shown is null ? null : PeriodTotals.Sum(segments, shown.Value.Scale, request, outlets);
        return new CoverageResults
        {
            By = request.By,
            Series = [.. counted.Select(c => Series(c, shown, totals, outlets))],
            Elapsed = clock.Elapsed,
        };
    }

    private Counted CountOne(IndexSearcher searcher, string query, CoverageRequest request, PeriodScale? all, OutletIds? outlets)
    {
        var matches = MatchSet.Resolve(queries, searcher, query, request.SearchFor(query));
        var periods = new MatchPeriods(all ?? PeriodScale.Between(request.By, 1, 1), outlets);
        if (matches.Matching is { } matching)
        {
            searcher.Search(matching, matches.Filter, periods);
        }

        return new Counted(query, matches.Notices, periods);
    }

    /// <summary>The periods shown: from the filter's start, else the first period holding a match of any query, to
    /// the filter's end, else the last one; within the index's dated range. <c>null</c> when there is nothing to show.</summary>
    private static Shown? ShownPeriods(CoverageRequest request, PeriodScale all, IEnumerable<MatchPeriods> series)
    {
        int? first = null, last = null;
        foreach (var periods in series)
        {
            var from = Array.FindIndex(periods.PerPeriod, c => c > 0);
            if (from >= 0)
            {
                first = Math.Min(first ?? int.MaxValue, from);
                last = Math.Max(last ?? int.MinValue, Array.FindLastIndex(periods.PerPeriod, c => c > 0));
            }
        }

        var (indexFirst, indexLast) = (all.Start(0).DayNumber, all.End(all.Count - 1).DayNumber);
        int? start = request.From is { } f ? Math.Max(f.DayNumber, indexFirst) : first is { } p ? all.Start(p).DayNumber : request.To is null ? null : indexFirst;
        int? end = request.To is { } t ? Math.Min(t.DayNumber, indexLast) : last is { } q ? all.Start(q).DayNumber : request.From is null ? null : indexLast;
        if (start is not { } s || end is not { } e || s > e)
        {
            return null;
        }

        var scale = PeriodScale.Between(request.By, s, e);
        return new Shown(scale, all.PeriodOf(s));
    }

    private static CoverageSeries Series(Counted counted, Shown? shown, PeriodTotals? totals, OutletIds? outlets)
    {
        var periods = counted.Periods;
        if (shown is not { } view || totals is null)
        {
            return new CoverageSeries { Query = counted.Query, Matches = periods.Matches, Undated = periods.Undated, Notices = counted.Notices, Points = [] };
        }

        return new CoverageSeries
        {
            Query = counted.Query,
            Matches = periods.Matches,
            Undated = periods.Undated,
            Notices = counted.Notices,
            Points = Points(view, periods.PerPeriod, totals.All),
            Sources = outlets is null ? [] : [.. periods.PerOutlet
                .Select(o => new SourceCoverage(outlets.Label(o.Key), o.Value,
                    Points(view, periods.OfOutlet(o.Key), totals.PerOutlet.GetValueOrDefault(o.Key))))
                .OrderByDescending(s => s.Matches).ThenBy(s => s.Source, StringComparer.Ordinal)],
        };
    }

    /// <summary>The shown periods' points, from matches counted over the index's periods and totals over the shown ones.</summary>
    private static CoveragePoint[] Points(Shown view, int[]? matches, int[]? totals) =>
        [.. Enumerable.Range(0, view.Scale.Count).Select(p => new CoveragePoint(view.Scale.Label(p), view.Scale.Start(p), view.Scale.End(p),
            matches?[view.Offset + p] ?? 0, totals?[p] ?? 0))];

    private sealed record Counted(string Query, IReadOnlyList<string> Notices, MatchPeriods Periods);

    /// <summary>The periods shown, and where the first of them is among the index's periods.</summary>
    private readonly record struct Shown(PeriodScale Scale, int Offset);
}
