namespace NewsSearch.Search.SignificantTerms;

/// <summary>The words and two-word names most characteristic of a query's matching articles, compared with the whole
/// index.</summary>
public sealed record TermsRequest
{
    /// <summary>The most terms one request may ask for.</summary>
    public const int MaxTop = 100;

    /// <summary>The most articles read to find candidate terms.</summary>
    public const int MaxSampleSize = 5_000;

    /// <summary>The query, read as <see cref="SearchRequest.Query"/> is; its match set is what the terms characterise.</summary>
    public required string Query { get; init; }

    /// <summary>How many terms, 1 to <see cref="MaxTop"/> (20 by default).</summary>
    public int Top { get; init; } = 20;

    /// <summary>Only articles from one of these outlets (case- and accent-insensitive); empty for all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>How many of the best-ranked matching articles are read to find candidate terms (500 by default, 10 to
    /// <see cref="MaxSampleSize"/>); the counts of the terms kept are then taken over the whole match set.</summary>
    public int SampleSize { get; init; } = 500;

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Query))
        {
            throw new ArgumentException("The query is empty.", nameof(Query));
        }

        if (Top is < 1 or > MaxTop)
        {
            throw new ArgumentOutOfRangeException(nameof(Top), Top, $"The number of terms must be between 1 and {MaxTop}.");
        }

        if (SampleSize is < 10 or > MaxSampleSize)
        {
            throw new ArgumentOutOfRangeException(nameof(SampleSize), SampleSize, $"The sample size must be between 10 and {MaxSampleSize}.");
        }

        if (From > To)
        {
            throw new ArgumentException("The start date is after the end date.", nameof(From));
        }
    }

    internal SearchRequest Search => new() { Query = Query, Sources = Sources, From = From, To = To };
}
