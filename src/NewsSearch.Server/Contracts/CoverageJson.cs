using System.Text.Json.Serialization;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Server.Contracts;

/// <summary>The JSON of a coverage answer, shared by <c>newssearch coverage --json</c> and <c>GET /api/coverage</c>.</summary>
/// <param name="By">The period length: <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</param>
/// <param name="Series">One series per query, in the order asked, all over the same periods.</param>
/// <param name="ElapsedMs">Time the engine spent answering, in milliseconds.</param>
public sealed record CoverageJson(string By, IReadOnlyList<CoverageSeriesJson> Series, double ElapsedMs)
{
    /// <summary>Maps a coverage answer.</summary>
    public static CoverageJson From(CoverageResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new CoverageJson(Name(results.By), [.. results.Series.Select(CoverageSeriesJson.From)], Math.Round(results.Elapsed.TotalMilliseconds, 1));
    }

    /// <summary>The period length's name in the contract (<c>month</c>).</summary>
    public static string Name(CoverageInterval by) => by.ToString().ToLowerInvariant();

    /// <summary>Reads a period length's name (<c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, any case).</summary>
    public static bool TryParse(string? text, out CoverageInterval by) =>
        Enum.TryParse(text, ignoreCase: true, out by) && Enum.IsDefined(by) && !int.TryParse(text, out _);
}

/// <summary>The coverage of one query.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">Articles of its match set, dated or not.</param>
/// <param name="Undated">Matching articles without a date (in no period).</param>
/// <param name="Notices">How the query was read, when that is not obvious.</param>
/// <param name="Points">One point per period, oldest first; empty periods included.</param>
/// <param name="Sources">Per outlet, when the breakdown was asked for; absent otherwise.</param>
public sealed record CoverageSeriesJson(string Query, int Matches, int Undated, IReadOnlyList<string> Notices, IReadOnlyList<CoveragePointJson> Points,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SourceCoverageJson>? Sources)
{
    /// <summary>Maps one series.</summary>
    public static CoverageSeriesJson From(CoverageSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new CoverageSeriesJson(series.Query, series.Matches, series.Undated, series.Notices, CoveragePointJson.From(series.Points),
            series.Sources.Count == 0 ? null : [.. series.Sources.Select(s => new SourceCoverageJson(s.Source, s.Matches, CoveragePointJson.From(s.Points)))]);
    }
}

/// <summary>One outlet's part of a series (totals are the outlet's own articles).</summary>
/// <param name="Source">The outlet name as written.</param>
/// <param name="Matches">The outlet's matching articles.</param>
/// <param name="Points">One point per period of the series.</param>
public sealed record SourceCoverageJson(string Source, int Matches, IReadOnlyList<CoveragePointJson> Points);

/// <summary>One period.</summary>
/// <param name="Period"><c>YYYY-MM-DD</c>, <c>YYYY-Www</c> (ISO week), <c>YYYY-MM</c> or <c>YYYY</c>.</param>
/// <param name="Matches">Matching articles published in the period.</param>
/// <param name="Total">All articles published in the period (within the outlet and date filter).</param>
/// <param name="Share"><paramref name="Matches"/> / <paramref name="Total"/>, 0 when the period has no article.</param>
/// <param name="Start">The period's first day (ISO date).</param>
/// <param name="End">The period's last day (ISO date).</param>
public sealed record CoveragePointJson(string Period, int Matches, int Total, double Share, string Start, string End)
{
    /// <summary>Maps points.</summary>
    public static IReadOnlyList<CoveragePointJson> From(IReadOnlyList<CoveragePoint> points) =>
        [.. points.Select(p => new CoveragePointJson(p.Period, p.Matches, p.Total, p.Share, SearchJson.IsoDate(p.Start)!, SearchJson.IsoDate(p.End)!))];
}
