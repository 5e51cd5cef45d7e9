namespace NewsSearch.Search.Coverage;

/// <summary>The length of one period of a coverage series.</summary>
public enum CoverageInterval
{
    /// <summary>One calendar day: <c>2020-03-14</c>.</summary>
    Day,

    /// <summary>One ISO 8601 week, Monday to Sunday, numbered in its ISO year: <c>2020-W11</c>.</summary>
    Week,

    /// <summary>One calendar month: <c>2020-03</c>.</summary>
    Month,

    /// <summary>One calendar year: <c>2020</c>.</summary>
    Year,
}

/// <summary>How much the index covers one or more stories over time: for each query and period, the articles of its
/// match set, all articles of the period, and their share.</summary>
public sealed record CoverageRequest
{
    /// <summary>The most queries one request may compare.</summary>
    public const int MaxQueries = 10;

    /// <summary>The queries, each read as <see cref="SearchRequest.Query"/> is; one series each, in this order.</summary>
    public required IReadOnlyList<string> Queries { get; init; }

    /// <summary>The length of a period (a month by default).</summary>
    public CoverageInterval By { get; init; } = CoverageInterval.Month;

    /// <summary>Only articles from one of these outlets (case- and accent-insensitive), in the matches and in the
    /// totals alike; empty for all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles published on or after this date; the series then start with this date's period.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date; the series then end with this date's period.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Whether each series also breaks its matches down by outlet (<see cref="CoverageSeries.Sources"/>).</summary>
    public bool BySource { get; init; }

    internal void Validate()
    {
        if (Queries is null || Queries.Count == 0)
        {
            throw new ArgumentException("Coverage needs at least one query.", nameof(Queries));
        }

        if (Queries.Count > MaxQueries)
        {
            throw new ArgumentException($"Coverage compares at most {MaxQueries} queries at once.", nameof(Queries));
        }

        if (Queries.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A coverage query is empty.", nameof(Queries));
        }

        if (!Enum.IsDefined(By))
        {
            throw new ArgumentOutOfRangeException(nameof(By), By, "The period must be a day, a week, a month or a year.");
        }

        if (From > To)
        {
            throw new ArgumentException("The start date is after the end date.", nameof(From));
        }
    }

    /// <summary>The search request whose match set and filter one series counts.</summary>
    internal SearchRequest SearchFor(string query) => new() { Query = query, Sources = Sources, From = From, To = To };
}
