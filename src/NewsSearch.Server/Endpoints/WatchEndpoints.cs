using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsSearch.Server.Contracts;
using NewsSearch.Server.Feeds;
using NewsSearch.Watches;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/watches</c> (the saved searches), <c>POST /api/watches</c> (save one, from the page) and
/// <c>GET /api/watches/{name}/feed.atom</c> (a watch's newest matches for feed readers, with ETag, Last-Modified and
/// 304 answers to conditional requests, so a reader polling every few minutes costs a hash).</summary>
internal static class WatchEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/watches", List)
            .WithName("Watches")
            .WithSummary("The saved searches, each with its feed's address.")
            .WithTags("Research");
        app.MapPost("/api/watches", Add)
            .WithName("AddWatch")
            .WithSummary("Saves a search (JSON: name, query, sources, from, to); it follows what is indexed from now on.")
            .WithTags("Research")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/watches/{name}/feed.atom", Feed)
            .WithName("WatchFeed")
            .WithSummary("An Atom 1.0 feed of the watch's newest matches (by indexing time).")
            .WithTags("Research")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>What the page posts to save a search.</summary>
    /// <param name="Name">Letters, digits, <c>-</c>, <c>_</c>.</param>
    /// <param name="Query">The query.</param>
    /// <param name="Sources">Outlet filter.</param>
    /// <param name="From">ISO start date.</param>
    /// <param name="To">ISO end date.</param>
    internal sealed record NewWatch(string? Name, string? Query, string[]? Sources, DateOnly? From, DateOnly? To);

    private static Ok<WatchListJson> List(NewsSearchEngine engine) =>
        TypedResults.Ok(new WatchListJson([.. engine.Watches.List().Select(WatchJson.Of)]));

    private static Results<Created<WatchJson>, ProblemHttpResult> Add(NewWatch body, HttpRequest request, NewsSearchEngine engine)
    {
        // Another site open in the same browser could post here (the server listens on this machine): only this
        // server's own page may. A form cannot send JSON, and a script of another origin says so in Origin.
        if (request.Headers.Origin is { Count: > 0 } origin && origin.ToString() != $"{request.Scheme}://{request.Host}")
        {
            return TypedResults.Problem(title: "Forbidden.", detail: "Watches can only be added from this server's own page.", statusCode: StatusCodes.Status403Forbidden);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Watch.IsValidName(body.Name))
        {
            errors["name"] = [$"The name must be 1 to {Watch.MaxNameLength} letters, digits, '-' or '_'."];
        }

        if (string.IsNullOrWhiteSpace(body.Query) || body.Query.Length > SearchParameters.MaxQueryLength)
        {
            errors["query"] = [$"The query must be 1 to {SearchParameters.MaxQueryLength} characters."];
        }

        if (body.From > body.To)
        {
            errors["to"] = ["'from' must not be after 'to'."];
        }

        if (errors.Count > 0)
        {
            return Problems.BadRequest(errors);
        }

        if (engine.Watches.Get(body.Name!) is not null)
        {
            return TypedResults.Problem(title: "The name is taken.", detail: $"A watch named '{body.Name}' already exists.", statusCode: StatusCodes.Status409Conflict);
        }

        var watch = WatchJson.Of(engine.Watches.Add(body.Name!, body.Query!, body.Sources, body.From, body.To));
        return TypedResults.Created(watch.Feed.Replace("/feed.atom", "", StringComparison.Ordinal), watch);
    }

    private static IResult Feed(string name, HttpContext context, NewsSearchEngine engine)
    {
        var watch = Watch.IsValidName(name) ? engine.Watches.Get(name) : null;
        if (watch is null)
        {
            return TypedResults.Problem(title: "No such watch.", detail: $"No watch is named '{Problems.Shorten(name)}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var request = context.Request;
        var site = new Uri($"{request.Scheme}://{request.Host}/");
        var feed = WatchFeed.Build(watch, engine.Watches.Newest(name, WatchFeed.Entries), new Uri(site, WatchJson.FeedPath(name)), site);
        var headers = context.Response.Headers;
        headers.ETag = feed.ETag;
        headers.LastModified = feed.LastModified.ToString("R");
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        var conditional = request.GetTypedHeaders();
        var unchanged = conditional.IfNoneMatch.Count > 0
            ? conditional.IfNoneMatch.Any(tag => tag.Tag == feed.ETag || tag.Tag == "*")
            : conditional.IfModifiedSince is { } since && since >= feed.LastModified;
        return unchanged
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(feed.Content, "application/atom+xml; charset=utf-8");
    }
}
