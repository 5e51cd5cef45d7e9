namespace NewsSearch.Fetching;

/// <summary>What the crawler remembers between rounds, kept beside the archive: per feed its validators, failures and
/// the items already archived; the pages already downloaded; the robots.txt of each site.</summary>
internal sealed class FetchState
{
    public Dictionary<string, FeedState> Feeds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Pages downloaded, by address key, with when: a page linked from a second feed is not downloaded again.</summary>
    public Dictionary<string, DateTimeOffset> Pages { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, RobotsRecord> Robots { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last archive file (its path relative to the archive) this state accounts for: files after it in
    /// name order were written by a run that stopped before saving the state, and are read back on load.</summary>
    public string? ArchivedThrough { get; set; }

    public FeedState Feed(string url) => Feeds.TryGetValue(url, out var feed) ? feed : Feeds[url] = new FeedState();
}

/// <summary>One feed as the crawler last saw it.</summary>
internal sealed class FeedState
{
    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    /// <summary>Rounds in a row that failed to get the feed.</summary>
    public int Failures { get; set; }

    public string? LastError { get; set; }

    /// <summary>Backed off (or told to wait by Retry-After): not tried before then.</summary>
    public DateTimeOffset? NotBefore { get; set; }

    public DateTimeOffset? LastSuccess { get; set; }

    /// <summary>Items archived, by item id.</summary>
    public Dictionary<string, ItemState> Items { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>An archived item: the fingerprint of its feed entry (a changed one is an update), when it was last in the
/// feed, and whether its page is still to be had (it was archived with its teaser after a passing failure).</summary>
internal sealed record ItemState(string Fingerprint, DateTimeOffset LastSeen)
{
    /// <summary>The item as archived with its teaser, while its page is still to be tried again.</summary>
    public NewsSearch.Articles.NewsArticle? PendingPage { get; init; }

    public int PageAttempts { get; init; }
}
