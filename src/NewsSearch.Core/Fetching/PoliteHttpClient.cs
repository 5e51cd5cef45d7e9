using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace NewsSearch.Fetching;

/// <summary>The crawler's HTTP: every request names NewsSearch in its <c>User-Agent</c>, asks robots.txt first, waits
/// its host's turn, takes at most the request timeout (body included) and the size cap, follows a few http(s)
/// redirects checking each hop, and waits out a short <c>429</c>/<c>503</c> <c>Retry-After</c> once (a long one
/// leaves the host alone until then). Failures come back as reasons, never as exceptions.</summary>
internal sealed class PoliteHttpClient : IDisposable
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private readonly AddressGuard _guard;
    private readonly HostSchedule _schedule;
    private readonly TimeProvider _clock;
    private readonly ResiliencePipeline<RawResponse> _pipeline;

    public PoliteHttpClient(FetchOptions options, AddressGuard guard, IReadOnlyDictionary<string, RobotsRecord> robots, TimeProvider clock)
    {
        _options = options;
        _guard = guard;
        _clock = clock;
        _schedule = new HostSchedule(options.Delay, options.MaxConcurrentHosts, clock);
        Robots = new RobotsCache(robots, (url, token) => FetchAsync(url, null, checkRobots: false, token), clock);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.ConnectTimeout,
            UseCookies = false,
            // Direct connections only: through a proxy, the address guard would only ever see the proxy.
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, token) => new CountingStream(
                await _guard.ConnectAsync(context.DnsEndPoint, context.InitialRequestMessage.RequestUri!.Scheme, token), Counters),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _pipeline = new ResiliencePipelineBuilder<RawResponse>()
            .AddRetry(new RetryStrategyOptions<RawResponse>
            {
                MaxRetryAttempts = 1,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r && WaitFor(r) is not null),
                // Never closer than the delay to the refused request, whatever the server said.
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Max(WaitFor(args.Outcome.Result!) ?? TimeSpan.Zero, options.Delay)),
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    public CrawlCounters Counters { get; } = new();

    public RobotsCache Robots { get; }

    /// <summary>Fetches a resource; a status other than 2xx or 304 is a failure.</summary>
    public async Task<FetchOutcome> GetAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        var outcome = await FetchAsync(url, validators, checkRobots: true, cancellationToken);
        return outcome.Answer is { Status: not (>= 200 and < 300) and not 304 } answer
            ? FetchOutcome.Fail(Refusal(answer), permanent: answer.Status is 404 or 410)
            : outcome;
    }

    /// <summary>When the host of this address asked (Retry-After) to be left alone until a time still to come, that time.</summary>
    public DateTimeOffset? BlockedUntil(Uri url) => _schedule.BlockedUntil(url);

    public void Dispose() => _http.Dispose();

    /// <summary>Fetches with redirects; any final status comes back as an answer, transport failures and refusals as reasons.</summary>
    private async Task<FetchOutcome> FetchAsync(Uri url, Validators? validators, bool checkRobots, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                return FetchOutcome.Fail($"{(hop > 0 ? "redirect to" : "link to")} a {url.Scheme}: address refused (http and https only)", permanent: true);
            }

            if (_guard.CheckLiteral(url) is { } refusal)
            {
                return FetchOutcome.Fail(refusal, permanent: true);
            }

            if (checkRobots)
            {
                var robots = await Robots.GetAsync(url, cancellationToken);
                if (robots.DisallowsAll)
                {
                    // RFC 9309: a site whose robots.txt cannot be had is not crawled until it can; tried again later.
                    return FetchOutcome.Fail("robots.txt could not be fetched (server error or no connection): the site is left alone until it can");
                }

                if (!robots.IsAllowed(url))
                {
                    return FetchOutcome.Fail("disallowed by robots.txt", permanent: true);
                }

                if (robots.CrawlDelay is { } crawlDelay)
                {
                    _schedule.SetCrawlDelay(url, crawlDelay);
                }
            }

            if (_schedule.BlockedUntil(url) is { } until && until - _clock.GetUtcNow() > _options.MaxRetryAfterWait)
            {
                return FetchOutcome.Fail(string.Create(CultureInfo.InvariantCulture, $"the host asked to be left alone until {until:yyyy-MM-dd HH:mm:ss}Z (Retry-After)"));
            }

            RawResponse raw;
            try
            {
                raw = await SendAsync(url, hop == 0 ? validators : null, cancellationToken);
            }
            catch (Exception e) when (Reason(e, cancellationToken) is { } reason)
            {
                return FetchOutcome.Fail(reason.Text, reason.Permanent);
            }

            if (raw.Status is >= 300 and < 400 and not 304 && raw.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                {
                    return FetchOutcome.Fail($"too many redirects (more than {_options.MaxRedirects})", permanent: true);
                }

                url = location.IsAbsoluteUri ? location : new Uri(url, location);
                continue;
            }

            if (raw.Status is 429 or 503 && RetryAfter(raw) is { } wait)
            {
                _schedule.Block(url, _clock.GetUtcNow() + wait);
            }

            return FetchOutcome.Of(new HttpAnswer(url, raw.Status, raw.Body, raw.Charset, new Validators(raw.ETag, raw.LastModified)));
        }
    }

    /// <summary>Waiting for the host's turn stops when <paramref name="cancellationToken"/> is cancelled; a request
    /// once sent is let finish (it is bounded by the request timeout), so a stop never leaves an article half-fetched.</summary>
    private async Task<RawResponse> SendAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        using var turn = await _schedule.WaitTurnAsync(url, cancellationToken);
        return await _pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", Accept);
            request.Headers.TryAddWithoutValidation("Accept-Language", "fr, en;q=0.5");
            if (validators?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators?.LastModified is { } modified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
            }

            Counters.Request();
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
            var status = (int)response.StatusCode;
            var body = status is >= 200 and < 300 ? await ReadBodyAsync(response.Content, token) : [];
            return new RawResponse(status, body, response.Content.Headers.ContentType?.CharSet, response.Headers.ETag?.ToString(),
                response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null,
                response.Headers.Location, response.Headers.RetryAfter);
        }, CancellationToken.None);
    }

    private async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _options.MaxResponseBytes)
        {
            throw new ResponseTooLargeException(_options.MaxResponseBytes);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                // Decompressed size counts: a small gzip bomb is refused like a large body.
                throw new ResponseTooLargeException(_options.MaxResponseBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>How long a 429/503 asks to wait, when it is short enough to wait within the round.</summary>
    private TimeSpan? WaitFor(RawResponse response) =>
        response.Status is 429 or 503 && RetryAfter(response) is { } wait && wait <= _options.MaxRetryAfterWait ? wait : null;

    private TimeSpan? RetryAfter(RawResponse response) => response.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Max(date - _clock.GetUtcNow(), TimeSpan.Zero),
        _ => null,
    };

    private (string Text, bool Permanent)? Reason(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        TimeoutRejectedException or OperationCanceledException =>
            (string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.RequestTimeout.TotalSeconds:0.#} s"), false),
        ResponseTooLargeException large => (large.Message, true),
        HttpRequestException { InnerException: PrivateAddressException p } => (p.Message, true),
        HttpRequestException { InnerException: OperationCanceledException } =>
            (string.Create(CultureInfo.InvariantCulture, $"no connection within {_options.ConnectTimeout.TotalSeconds:0.#} s"), false),
        HttpRequestException or IOException => ($"connection failed: {e.Message}", false),
        _ => null,
    };

    private static string Refusal(HttpAnswer answer) => answer.Status switch
    {
        429 => "HTTP 429 Too Many Requests",
        503 => "HTTP 503 Service Unavailable",
        _ => string.Create(CultureInfo.InvariantCulture, $"HTTP {answer.Status}"),
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record RawResponse(int Status, byte[] Body, string? Charset, string? ETag, string? LastModified, Uri? Location, RetryConditionHeaderValue? RetryAfter);
}

/// <summary>A body over the size cap: the download is abandoned.</summary>
internal sealed class ResponseTooLargeException(long limit)
    : IOException(string.Create(CultureInfo.InvariantCulture, $"response larger than {limit / 1048576.0:0.#} MB: abandoned"));
