using System.Globalization;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Cli.Output;

/// <summary><c>coverage</c> as text: per query a sparkline of the share over the periods, then one line per period
/// with matches, total, share and a bar (bars of all queries on one scale, so they compare), then the outlets.</summary>
internal static class CoverageText
{
    private const int BarWidth = 30;
    private const int MaxSparkline = 100;

    public static void Write(TextWriter o, CoverageResults results)
    {
        var maxShare = results.Series.SelectMany(s => s.Points).Select(p => p.Share).DefaultIfEmpty(0).Max();
        var first = true;
        foreach (var series in results.Series)
        {
            if (!first)
            {
                o.WriteLine();
            }

            first = false;
            Series(o, series, CoverageJsonName(results.By), maxShare);
        }
    }

    private static void Series(TextWriter o, CoverageSeries series, string by, double maxShare)
    {
        foreach (var notice in series.Notices)
        {
            o.WriteLine(Terminal.Paint("note: " + notice, Terminal.Dim));
        }

        var points = series.Points;
        var span = points.Count == 0 ? "" : $", {points[0].Period} to {points[^1].Period}";
        o.WriteLine(Terminal.Paint($"\"{series.Query}\"", Terminal.Bold)
            + Terminal.Paint(Invariant($": {series.Matches} matching article{(series.Matches == 1 ? "" : "s")}, by {by}{span}"), Terminal.Dim));
        if (series.Undated > 0)
        {
            o.WriteLine(Terminal.Paint(Invariant($"{series.Undated} of them undated (in no period)"), Terminal.Dim));
        }

        if (points.Count == 0)
        {
            return;
        }

        if (points.Count <= MaxSparkline)
        {
            o.WriteLine(Terminal.Paint(Sparkline.Of([.. points.Select(p => p.Share)]), Terminal.Accent) + Terminal.Paint("  share per " + by, Terminal.Dim));
        }

        var width = Math.Max(points.Max(p => p.Period.Length), 6);
        o.WriteLine(Terminal.Paint(Invariant($"{"period".PadRight(width)}  {"matches",8}  {"total",8}  {"share",8}"), Terminal.Dim));
        foreach (var point in points)
        {
            var bar = Sparkline.Bar(point.Share, maxShare, BarWidth);
            o.WriteLine(Invariant($"{point.Period.PadRight(width)}  {point.Matches,8}  {point.Total,8}  {point.Share,8:0.00%}")
                + (bar.Length > 0 ? "  " + Terminal.Paint(bar, Terminal.Accent) : ""));
        }

        if (series.Sources.Count > 0)
        {
            var name = Math.Min(series.Sources.Max(s => s.Source.Length), 30);
            o.WriteLine(Terminal.Paint("by outlet (matches per " + by + "):", Terminal.Dim));
            foreach (var source in series.Sources)
            {
                var label = source.Source.Length > name ? source.Source[..(name - 1)] + "…" : source.Source;
                var line = points.Count <= MaxSparkline ? "  " + Terminal.Paint(Sparkline.Of([.. source.Points.Select(p => (double)p.Matches)]), Terminal.Accent) : "";
                o.WriteLine(Invariant($"  {label.PadRight(name)}  {source.Matches,8}") + line);
            }
        }
    }

    private static string CoverageJsonName(CoverageInterval by) => Server.Contracts.CoverageJson.Name(by);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
