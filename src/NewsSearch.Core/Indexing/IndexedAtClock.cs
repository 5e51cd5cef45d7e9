using System.Globalization;

namespace NewsSearch.Indexing;

/// <summary>The indexing times (<see cref="FieldNames.IndexedAt"/>) an indexing run gives the articles it writes: the
/// time of the batch they are committed in, in milliseconds since 1970-01-01 UTC. Each batch's time is later than the
/// one every earlier commit recorded, even if the clock went back: a reader that has seen every article up to some
/// time (a saved search's last run) can never miss one committed after it.</summary>
internal sealed class IndexedAtClock
{
    /// <summary>The commit user data key holding the time of the batch the commit wrote.</summary>
    public const string CommitKey = "newssearch.indexed-at";

    private readonly Func<long> _now;

    /// <param name="lastCommit">The user data of the latest commit, or <c>null</c> for a new index.</param>
    /// <param name="now">The clock, for tests; the system's UTC clock by default.</param>
    public IndexedAtClock(IDictionary<string, string>? lastCommit, Func<long>? now = null)
    {
        _now = now ?? (() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Batch = Math.Max(_now(), (Read(lastCommit) ?? 0) + 1);
    }

    /// <summary>The time of the articles written until the next commit.</summary>
    public long Batch { get; private set; }

    /// <summary>The value to record in a commit.</summary>
    public string CommitValue => Batch.ToString(CultureInfo.InvariantCulture);

    /// <summary>Moves to the next batch after a commit.</summary>
    public void Committed() => Batch = Math.Max(_now(), Batch + 1);

    private static long? Read(IDictionary<string, string>? data) =>
        data is not null && data.TryGetValue(CommitKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
