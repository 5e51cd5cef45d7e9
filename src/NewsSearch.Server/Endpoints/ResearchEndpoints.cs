using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/coverage</c> and <c>GET /api/terms</c>: the same objects as <c>newssearch coverage --json</c>
/// and <c>newssearch terms --json</c>.</summary>
internal static class ResearchEndpoints
{
    private static readonly QueryParameter[] Filters =
    [
        new("source", JsonSchemaType.String, "Only this outlet (repeatable).", Repeatable: true),
        new("from", JsonSchemaType.String, "Only articles published on or after this ISO date (2023-10-24)."),
        new("to", JsonSchemaType.String, "Only articles published on or before this ISO date."),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/coverage", Coverage)
            .WithName("Coverage")
            .WithSummary("Matching articles, all articles and their share per day, ISO week, month or year, for one or more queries.")
            .WithDescription("The same object as `newssearch coverage --json`: every period from the first to the last (empty ones with 0 matches). Any bad parameter gets a 400 problem naming it.")
            .WithTags("Research")
            .DescribeQuery([
                new("q", JsonSchemaType.String, "A query (repeat to compare up to 10).", Required: true, Repeatable: true),
                new("by", JsonSchemaType.String, "day, week (ISO), month (default) or year."),
                new("bySource", JsonSchemaType.Boolean, "Also break each query's matches down by outlet."),
                .. Filters])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/terms", Terms)
            .WithName("Terms")
            .WithSummary("The words and names most characteristic of the matching articles, compared with the whole index.")
            .WithDescription("The same object as `newssearch terms --json`. Any bad parameter gets a 400 problem naming it.")
            .WithTags("Research")
            .DescribeQuery([
                new("q", JsonSchemaType.String, "The query.", Required: true),
                new("top", JsonSchemaType.Integer, "How many terms, 1 to 100 (default 20)."),
                .. Filters])
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Results<Ok<CoverageJson>, ProblemHttpResult> Coverage(HttpRequest request, NewsSearchEngine engine)
    {
        var (coverage, errors) = ResearchParameters.Coverage(request.Query);
        return coverage is null ? Problems.BadRequest(errors) : TypedResults.Ok(CoverageJson.From(engine.Coverage(coverage)));
    }

    private static Results<Ok<TermsJson>, ProblemHttpResult> Terms(HttpRequest request, NewsSearchEngine engine)
    {
        var (terms, errors) = ResearchParameters.Terms(request.Query);
        return terms is null ? Problems.BadRequest(errors) : TypedResults.Ok(TermsJson.From(engine.Terms(terms)));
    }
}
