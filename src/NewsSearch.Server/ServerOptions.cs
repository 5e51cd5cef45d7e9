namespace NewsSearch.Server;

/// <summary>How the HTTP server listens and logs.</summary>
public sealed record ServerOptions
{
    /// <summary>The address used when none is given: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Addresses to listen on, separated by <c>;</c> (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Log every framework event at debug level, not just requests and warnings.</summary>
    public bool Verbose { get; init; }

    /// <summary>Fetch rounds to run inside the server; <c>null</c> (the default) for none.</summary>
    public FetchSchedule? Fetch { get; init; }

    /// <summary>How long a client may take to send a request's headers before its connection is closed (a client
    /// sending a byte at a time holds a connection no longer than this).</summary>
    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a stop (SIGTERM, Ctrl+C) waits for requests in flight to finish.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
