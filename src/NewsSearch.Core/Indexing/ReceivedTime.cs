using System.Globalization;

namespace NewsSearch.Indexing;

/// <summary>When the index last received articles (a commit that added or replaced at least one), recorded in the
/// commit user data and carried from commit to commit, so <c>stats</c> can tell how fresh the index is.</summary>
internal static class ReceivedTime
{
    /// <summary>The commit user data key.</summary>
    public const string CommitKey = "newssearch.received";

    public static DateTimeOffset? Read(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(CommitKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : null;

    public static string ToCommitValue(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
