namespace NewsSearch.Search.Coverage;

/// <summary>Coverage of one or more queries over the same periods.</summary>
public sealed record CoverageResults
{
    /// <summary>The length of a period.</summary>
    public required CoverageInterval By { get; init; }

    /// <summary>One series per query, in the order asked. All series have the same periods: every period from the first
    /// to the last one holding a match of any query (from the period of <see cref="CoverageRequest.From"/> and to that
    /// of <see cref="CoverageRequest.To"/> when given, within the index's dates), empty ones included.</summary>
    public required IReadOnlyList<CoverageSeries> Series { get; init; }

    /// <summary>Time spent answering.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>The coverage of one query.</summary>
public sealed record CoverageSeries
{
    /// <summary>The query text as given.</summary>
    public required string Query { get; init; }

    /// <summary>The articles of the match set (dated or not).</summary>
    public required int Matches { get; init; }

    /// <summary>The articles of the match set without a publication date, which are in no period.</summary>
    public int Undated { get; init; }

    /// <summary>How the query was read, when that is not obvious (as <see cref="SearchResults.Notices"/>).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>One point per period, oldest first.</summary>
    public required IReadOnlyList<CoveragePoint> Points { get; init; }

    /// <summary>With <see cref="CoverageRequest.BySource"/>: the same points per outlet holding matches, most matches
    /// first (totals are then that outlet's articles); otherwise empty.</summary>
    public IReadOnlyList<SourceCoverage> Sources { get; init; } = [];
}

/// <summary>One outlet's share of a series.</summary>
/// <param name="Source">The outlet name as written in its articles.</param>
/// <param name="Matches">The outlet's articles in the match set (dated or not).</param>
/// <param name="Points">One point per period of the series, the totals being the outlet's own articles.</param>
public sealed record SourceCoverage(string Source, int Matches, IReadOnlyList<CoveragePoint> Points);

/// <summary>One period of a series.</summary>
/// <param name="Period">The period as <c>YYYY-MM-DD</c>, <c>YYYY-Www</c> (ISO week), <c>YYYY-MM</c> or <c>YYYY</c>.</param>
/// <param name="Start">The period's first day.</param>
/// <param name="End">The period's last day.</param>
/// <param name="Matches">Articles of the match set published in the period.</param>
/// <param name="Total">All articles published in the period (within the outlet filter).</param>
public sealed record CoveragePoint(string Period, DateOnly Start, DateOnly End, int Matches, int Total)
{
    /// <summary><see cref="Matches"/> / <see cref="Total"/>; 0 for a period without articles.</summary>
    public double Share => Total == 0 ? 0 : (double)Matches / Total;
}
