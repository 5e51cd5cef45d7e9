namespace NewsSearch.Indexing;

/// <summary>What an index holds.</summary>
public sealed record IndexStatistics
{
    /// <summary>Articles in the index.</summary>
    public required int Documents { get; init; }

    /// <summary>Articles per outlet, most first.</summary>
    public required IReadOnlyDictionary<string, int> Sources { get; init; }

    /// <summary>The earliest publication date, when any article has one.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The latest publication date, when any article has one.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Bytes the index takes on disk.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>The format the index was built in (<see cref="IndexFormat.Current"/> for an index built by this version);
    /// <c>null</c> when it records none: built before formats were recorded.</summary>
    public int? FormatVersion { get; init; }

    /// <summary>When the index last received articles (a commit that added or replaced some); <c>null</c> when it
    /// records none (empty, or built before this was recorded).</summary>
    public DateTimeOffset? LastReceived { get; init; }

    /// <summary>The index folder.</summary>
    public required string Path { get; init; }
}
