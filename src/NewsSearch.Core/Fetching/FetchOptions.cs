using Serilog;

namespace NewsSearch.Fetching;

/// <summary>How a <see cref="NewsFetcher"/> fetches: where it archives, and how politely it crawls. Every default is
/// what a site owner would expect of a well-behaved crawler.</summary>
public sealed record FetchOptions
{
    /// <summary>The default archive folder, relative to the current folder: under <c>seeds/</c>, the default source of
    /// <c>index</c> and <c>reindex</c>, so that they read what was fetched; git-ignored.</summary>
    public const string DefaultArchive = "seeds/fetched";

    /// <summary>Where fetched articles are stored as JSON Lines (and the crawler's own bookkeeping, in hidden files).</summary>
    public string ArchivePath { get; init; } = DefaultArchive;

    /// <summary>The least time between two requests to the same host. Default 1 s.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Hosts fetched at the same time (each one request at a time). Default 4.</summary>
    public int MaxConcurrentHosts { get; init; } = 4;

    /// <summary>Longest wait for a connection to be made. Default 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest time one request may take, body included. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies larger than this (after decompression) are refused. Default 10 MB.</summary>
    public long MaxResponseBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed for one request. Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>A <c>429</c>/<c>503</c> whose <c>Retry-After</c> is at most this long is waited for and retried once
    /// within the round; a longer one skips the host until then. Default 30 s.</summary>
    public TimeSpan MaxRetryAfterWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Follow links inside feeds to loopback and private addresses (off: a feed could otherwise make the
    /// crawler reach services inside the network). Addresses of the sources file, and their hosts, are always allowed.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>After this many failed rounds in a row a feed is backed off: tried again only after a wait that
    /// doubles with each further failure (from <see cref="BackoffBase"/> up to a day). Default 2.</summary>
    public int FailuresBeforeBackoff { get; init; } = 2;

    /// <summary>The first back-off wait. Default 15 minutes.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>An item body shorter than this many characters (or ending in a "read more" mark) is a teaser: the
    /// linked page is fetched for the full text. Default 600.</summary>
    public int TeaserMaxChars { get; init; } = 600;

    /// <summary>The <c>User-Agent</c> header; names NewsSearch and its version by default.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>The robots.txt product token this crawler answers to.</summary>
    public const string RobotsToken = "NewsSearch";

    /// <summary>Where log events go; silent by default.</summary>
    public ILogger Logger { get; init; } = Serilog.Core.Logger.None;

    /// <summary><c>NewsSearch/VERSION (news feed reader)</c>.</summary>
    public static string DefaultUserAgent { get; } =
        $"{RobotsToken}/{typeof(FetchOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} (news feed reader)";

    internal void Validate()
    {
        if (Delay < TimeSpan.Zero || MaxConcurrentHosts < 1 || ConnectTimeout <= TimeSpan.Zero || RequestTimeout <= TimeSpan.Zero
            || MaxResponseBytes < 1 || MaxRedirects < 0 || FailuresBeforeBackoff < 1 || string.IsNullOrWhiteSpace(ArchivePath))
        {
            throw new ArgumentException("Fetch options out of range: the delay must not be negative, and limits and timeouts must be positive.");
        }
    }
}
