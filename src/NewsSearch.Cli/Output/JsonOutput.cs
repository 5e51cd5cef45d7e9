using System.Text.Json;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Cli.Output;

/// <summary>The JSON shapes of the command-line contract, written to stdout.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions OneLine = SearchJson.Configure(new JsonSerializerOptions());

    public static void Write(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, SearchJson.SerializerOptions));

    /// <summary>One object on one line: what a command that reports again and again (fetch --every) prints, JSON Lines.</summary>
    public static void WriteLine(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, OneLine));

    /// <summary>The same shape as <c>GET /api/search</c> answers, from the one mapping both use.</summary>
    public static object Search(SearchResults results) => SearchJson.From(results);

    public static object Summary(IndexingSummary summary) => new
    {
        filesRead = summary.FilesRead,
        added = summary.Added,
        updated = summary.Updated,
        deleted = summary.Deleted,
        unchanged = summary.Unchanged,
        duplicates = summary.Duplicates,
        skipped = summary.Skipped.Select(s => new { path = s.Path, line = s.Line, reason = s.Reason }),
        skippedByReason = summary.SkippedByReason,
        documents = summary.Documents,
        seconds = Math.Round(summary.Elapsed.TotalSeconds, 2),
        articlesRead = summary.ArticlesRead,
        articlesPerSecond = Math.Round(summary.ArticlesPerSecond, 1),
        cancelled = summary.Cancelled,
        rebuiltFromOtherFormat = summary.RebuiltFromOtherFormat,
    };

    /// <summary>One fetch round: the contract's fields first, then what the round cost.</summary>
    public static object FetchRound(Fetching.FetchSummary summary) => new
    {
        feeds = summary.Feeds,
        notModified = summary.NotModified,
        newItems = summary.NewItems,
        pagesFetched = summary.PagesFetched,
        failed = summary.Failed.Select(f => new { url = f.Url, reason = f.Reason }),
        added = summary.Added,
        updated = summary.Updated,
        documents = summary.Documents,
        backedOff = summary.BackedOff.Select(f => new { url = f.Url, reason = f.Reason }),
        teasersKept = summary.TeasersKept,
        archived = summary.Archived,
        requests = summary.Requests,
        bytes = summary.BytesReceived,
        seconds = Math.Round(summary.Elapsed.TotalSeconds, 2),
        started = summary.Started.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        cancelled = summary.Cancelled,
    };

    /// <summary>The same shape as <c>GET /api/stats</c> answers, with the index folder.</summary>
    public static object Statistics(IndexStatistics stats) => StatsJson.FromStatistics(stats) with { Path = stats.Path };
}
