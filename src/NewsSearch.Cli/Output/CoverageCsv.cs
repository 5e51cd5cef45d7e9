using System.Globalization;
using CsvHelper;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Cli.Output;

/// <summary><c>coverage --csv</c>: RFC 4180, one row per query and period (<c>query,period,matches,total,share</c>);
/// with the outlet breakdown, a <c>source</c> column after the query: first each period of all outlets (an empty
/// source), then each period of each outlet holding matches.</summary>
internal static class CoverageCsv
{
    public static void Write(TextWriter output, CoverageResults results)
    {
        var bySource = results.Series.Any(s => s.Sources.Count > 0);
        using var csv = CsvWriter.Create(output, options: null, leaveOpen: true);
        csv.WriteHeader(bySource ? ["query", "source", "period", "matches", "total", "share"] : ["query", "period", "matches", "total", "share"]);
        foreach (var series in results.Series)
        {
            if (!bySource)
            {
                Rows(csv, [series.Query], series.Points);
                continue;
            }

            Rows(csv, [series.Query, ""], series.Points);
            foreach (var source in series.Sources)
            {
                Rows(csv, [series.Query, source.Source], source.Points);
            }
        }

        csv.Flush();
    }

    private static void Rows(CsvWriter csv, string[] lead, IReadOnlyList<CoveragePoint> points)
    {
        foreach (var point in points)
        {
            csv.WriteRecord([.. lead,
                point.Period,
                point.Matches.ToString(CultureInfo.InvariantCulture),
                point.Total.ToString(CultureInfo.InvariantCulture),
                point.Share.ToString("R", CultureInfo.InvariantCulture)]);
        }
    }
}
