using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/stats</c> and <c>GET /health</c>.</summary>
internal static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", (NewsSearchEngine engine) => TypedResults.Ok(StatsJson.FromStatistics(engine.GetStatistics())))
            .WithName("Stats")
            .WithSummary("Documents, outlets, date range and size of the index.")
            .WithTags("Status");
        app.MapGet("/health", Health)
            .WithName("Health")
            .WithSummary("200 when the index is open and searchable, 503 otherwise.")
            .WithTags("Status")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static Results<Ok<HealthJson>, ProblemHttpResult> Health(NewsSearchEngine engine, ILoggerFactory logs)
    {
        try
        {
            // Borrows a searcher over the latest commit: fails when the index is closed or unreadable.
            return TypedResults.Ok(new HealthJson("ok", engine.IsEmpty));
        }
#pragma warning disable CA1031 // A health probe reports any failure as "unhealthy" instead of failing itself.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logs.CreateLogger(typeof(StatusEndpoints)).LogError(e, "Health check failed");
            return TypedResults.Problem(title: "The index is not searchable.", detail: "The index could not be read; see the server log.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
