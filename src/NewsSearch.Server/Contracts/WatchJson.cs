using NewsSearch.Watches;

namespace NewsSearch.Server.Contracts;

/// <summary>A saved search as <c>newssearch watch list --json</c> and <c>GET /api/watches</c> show it.</summary>
/// <param name="Name">The name.</param>
/// <param name="Query">The query.</param>
/// <param name="Sources">The outlet filter (empty for all).</param>
/// <param name="From">The ISO start date of the date filter, or <c>null</c>.</param>
/// <param name="To">The ISO end date of the date filter, or <c>null</c>.</param>
/// <param name="CreatedAt">When it was added.</param>
/// <param name="LastRunAt">When it last ran, or <c>null</c>.</param>
/// <param name="Feed">The path of its Atom feed on the server.</param>
public sealed record WatchJson(string Name, string Query, IReadOnlyList<string> Sources, string? From, string? To, DateTimeOffset CreatedAt, DateTimeOffset? LastRunAt, string Feed)
{
    /// <summary>The path of a watch's feed.</summary>
    public static string FeedPath(string name) => $"/api/watches/{Uri.EscapeDataString(name)}/feed.atom";

    /// <summary>Maps a watch.</summary>
    public static WatchJson Of(Watch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        return new WatchJson(watch.Name, watch.Query, watch.Sources, SearchJson.IsoDate(watch.From), SearchJson.IsoDate(watch.To), watch.CreatedAt, watch.LastRunAt, FeedPath(watch.Name));
    }
}

/// <summary>The watches, as <c>GET /api/watches</c> and <c>watch list --json</c> answer.</summary>
/// <param name="Watches">Every watch, by name.</param>
public sealed record WatchListJson(IReadOnlyList<WatchJson> Watches);

/// <summary>What one watch's run found, in <c>watch run --json</c>.</summary>
/// <param name="Name">The watch.</param>
/// <param name="Query">Its query.</param>
/// <param name="New">The matches indexed since its previous run, newest first, as <c>search --json</c> hits.</param>
public sealed record WatchRunEntryJson(string Name, string Query, IReadOnlyList<HitJson> New);

/// <summary><c>watch run --json</c>: <c>{"watches": [{"name", "query", "new": [hits]}]}</c>.</summary>
/// <param name="Watches">One entry per watch run.</param>
public sealed record WatchRunJson(IReadOnlyList<WatchRunEntryJson> Watches)
{
    /// <summary>Maps a run's reports.</summary>
    public static WatchRunJson From(IEnumerable<WatchReport> reports) =>
        new([.. reports.Select(r => new WatchRunEntryJson(r.Watch.Name, r.Watch.Query, [.. r.New.Select(HitJson.From)]))]);
}
