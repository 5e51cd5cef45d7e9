using NewsSearch.Indexing;

namespace NewsSearch.Fetching;

/// <summary>A feed or page that could not be had in a round, and why; it is tried again next round.</summary>
/// <param name="Url">The feed or page address.</param>
/// <param name="Reason">A short sentence: the HTTP status, a timeout, a robots.txt refusal, invalid XML…</param>
public sealed record FetchFailure(string Url, string Reason);

/// <summary>What one fetch round did.</summary>
public sealed record FetchSummary
{
    /// <summary>Feeds in the sources file.</summary>
    public int Feeds { get; init; }

    /// <summary>Feeds that answered <c>304 Not Modified</c>.</summary>
    public int NotModified { get; init; }

    /// <summary>Feed items not archived before, or changed since (updated in place).</summary>
    public int NewItems { get; init; }

    /// <summary>Article pages downloaded for items that carried only a teaser.</summary>
    public int PagesFetched { get; init; }

    /// <summary>Items archived with their teaser because their page could not be had (each also in <see cref="Failed"/>).</summary>
    public int TeasersKept { get; init; }

    /// <summary>Feeds and pages that failed, with the reason.</summary>
    public IReadOnlyList<FetchFailure> Failed { get; init; } = [];

    /// <summary>Feeds not asked this round: backed off after repeated failures, or told to wait (Retry-After).</summary>
    public IReadOnlyList<FetchFailure> BackedOff { get; init; } = [];

    /// <summary>Articles archived this round.</summary>
    public int Archived { get; init; }

    /// <summary>Articles new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Articles of the index replaced by a newer version.</summary>
    public int Updated { get; init; }

    /// <summary>Articles in the index after the round.</summary>
    public int Documents { get; init; }

    /// <summary>HTTP requests sent (robots.txt included).</summary>
    public long Requests { get; init; }

    /// <summary>Bytes received on the wire (headers and compressed bodies).</summary>
    public long BytesReceived { get; init; }

    /// <summary>Wall-clock time of the round.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>When the round started.</summary>
    public DateTimeOffset Started { get; init; }

    /// <summary>True when the round was stopped early; what it fetched until then is archived and indexed.</summary>
    public bool Cancelled { get; init; }

    /// <summary>The indexing run over the archive, when one ran.</summary>
    public IndexingSummary? Indexing { get; init; }
}

/// <summary>A progress report of a running fetch round.</summary>
/// <param name="FeedsDone">Feeds finished.</param>
/// <param name="FeedsTotal">Feeds of the round.</param>
/// <param name="NewItems">New or changed items so far.</param>
/// <param name="PagesFetched">Pages downloaded so far.</param>
/// <param name="Failed">Feeds and pages failed so far.</param>
/// <param name="Requests">Requests sent so far.</param>
/// <param name="Elapsed">Time since the round started.</param>
/// <param name="Current">The address being fetched, when any.</param>
public sealed record FetchProgress(int FeedsDone, int FeedsTotal, int NewItems, int PagesFetched, int Failed, long Requests, TimeSpan Elapsed, string? Current);
