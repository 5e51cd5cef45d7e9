using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSearch.Fetching;

/// <summary>The archive's layout: articles in <c>YYYY/MM/&lt;round start&gt;-&lt;batch&gt;.jsonl</c>, so that name order is
/// time order (a reindex reads an item updated in place after its first version, and the later one wins); the
/// crawler's own files hidden, named <c>.newssearch-…</c>, which <c>index</c> passes over in silence.</summary>
internal static partial class ArchiveFolder
{
    /// <summary>The name prefix of the crawler's own files (state, batches being written, the lock).</summary>
    public const string OwnPrefix = ".newssearch-";

    public const string PartialPrefix = OwnPrefix + "partial-";

    private const string Stamp = "yyyyMMdd'T'HHmmssfff'Z'";

    public static string PartialPath(string archive, DateTimeOffset roundStart, int batch) =>
        Path.Combine(archive, PartialPrefix + Name(roundStart, batch));

    /// <summary>Where a batch is moved once complete.</summary>
    public static string FinalPath(string archive, string partialPath)
    {
        var name = Path.GetFileName(partialPath)[PartialPrefix.Length..];
        var month = Batch().Match(name) is { Success: true } m ? Path.Combine(m.Groups[1].Value, m.Groups[2].Value) : "unsorted";
        return Path.Combine(archive, month, name);
    }

    /// <summary>The path relative to the archive, with <c>/</c>, as compared with <see cref="FetchState.ArchivedThrough"/>.</summary>
    public static string Relative(string archive, string path) => Path.GetRelativePath(archive, path).Replace('\\', '/');

    /// <summary>The archive files in name order (= time order).</summary>
    public static IEnumerable<string> Files(string archive) =>
        Directory.Exists(archive)
            ? Directory.EnumerateFiles(archive, "*.jsonl", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .OrderBy(f => Relative(archive, f), StringComparer.Ordinal)
            : [];

    public static IEnumerable<string> Partials(string archive) =>
        Directory.Exists(archive) ? Directory.EnumerateFiles(archive, PartialPrefix + "*.jsonl").Order(StringComparer.Ordinal) : [];

    private static string Name(DateTimeOffset roundStart, int batch) =>
        roundStart.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture) + "-" + batch.ToString("D3", CultureInfo.InvariantCulture) + ".jsonl";

    [GeneratedRegex(@"^(\d{4})(\d{2})\d{2}T")]
    private static partial Regex Batch();
}
