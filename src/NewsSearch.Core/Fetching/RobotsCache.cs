using System.Collections.Concurrent;
using System.Text;

namespace NewsSearch.Fetching;

/// <summary>A robots.txt as fetched: its text, or that it could not be had (a server error or no connection).</summary>
/// <param name="Text">The text (cut at <see cref="RobotsTxt.MaxBytes"/>); <c>null</c> when there is none (a 4xx: everything allowed).</param>
/// <param name="Unreachable">The server failed to answer: everything is disallowed until it is asked again.</param>
/// <param name="FetchedUtc">When it was fetched.</param>
internal sealed record RobotsRecord(string? Text, bool Unreachable, DateTimeOffset FetchedUtc);

/// <summary>The robots.txt of each site (scheme, host and port), fetched once and kept for a day (RFC 9309 allows no
/// longer), an unreachable one for ten minutes; kept between rounds and between runs in the fetch state.</summary>
internal sealed class RobotsCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan UnreachableLifetime = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, RobotsRecord> _records;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _parsed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<Uri, CancellationToken, Task<FetchOutcome>> _fetch;
    private readonly TimeProvider _clock;

    public RobotsCache(IReadOnlyDictionary<string, RobotsRecord> records, Func<Uri, CancellationToken, Task<FetchOutcome>> fetch, TimeProvider clock)
    {
        _records = new ConcurrentDictionary<string, RobotsRecord>(records, StringComparer.OrdinalIgnoreCase);
        _fetch = fetch;
        _clock = clock;
    }

    /// <summary>The records to keep for the next run (expired ones left out).</summary>
    public IReadOnlyDictionary<string, RobotsRecord> Records =>
        _records.Where(r => !Expired(r.Value)).ToDictionary(r => r.Key, r => r.Value, StringComparer.OrdinalIgnoreCase);

    public Task<RobotsTxt> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = AddressGuard.Origin(url);
        var lazy = _parsed.GetOrAdd(origin, _ => new Lazy<Task<RobotsTxt>>(() => LoadAsync(url, origin, cancellationToken)));
        var task = lazy.Value;
        if (task.IsCompletedSuccessfully && _records.TryGetValue(origin, out var record) && Expired(record))
        {
            // Kept past its lifetime (a long run of rounds): ask again.
            _parsed.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsTxt>>>(origin, lazy));
            return GetAsync(url, cancellationToken);
        }

        if (task.IsFaulted || task.IsCanceled)
        {
            _parsed.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsTxt>>>(origin, lazy));
        }

        return task;
    }

    private async Task<RobotsTxt> LoadAsync(Uri url, string origin, CancellationToken cancellationToken)
    {
        if (!_records.TryGetValue(origin, out var record) || Expired(record))
        {
            var outcome = await _fetch(new Uri(url, "/robots.txt"), cancellationToken);
            var status = outcome.Answer?.Status ?? 0;
            record = status switch
            {
                >= 200 and < 300 => new RobotsRecord(Text(outcome.Answer!.Body), false, _clock.GetUtcNow()),
                // RFC 9309: a robots.txt that is not there (4xx) allows everything; a server that cannot answer
                // (5xx, or no connection) allows nothing. Too Many Requests is a server asking for less, not a missing file.
                >= 400 and < 500 and not 429 => new RobotsRecord(null, false, _clock.GetUtcNow()),
                _ => new RobotsRecord(null, true, _clock.GetUtcNow()),
            };
            _records[origin] = record;
        }

        return record.Unreachable ? RobotsTxt.DisallowAll
            : record.Text is { } text ? RobotsTxt.Parse(text, FetchOptions.RobotsToken)
            : RobotsTxt.AllowAll;
    }

    private bool Expired(RobotsRecord record) =>
        _clock.GetUtcNow() - record.FetchedUtc > (record.Unreachable ? UnreachableLifetime : Lifetime);

    private static string Text(byte[] body) =>
        Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, RobotsTxt.MaxBytes)));
}
