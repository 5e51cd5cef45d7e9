using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/search</c>: the same object as <c>newssearch search --json</c>.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/search", Search)
        .WithName("Search")
        .WithSummary("Ranked articles with highlighted snippets, facets and a spelling suggestion.")
        .WithDescription("The same object as `newssearch search --json`. Any bad parameter gets a 400 problem naming it.")
        .WithTags("Search")
        .DescribeQuery(
            new("q", JsonSchemaType.String, "The query: words, \"phrases\", -exclusions, OR, AND, (), title:, source: (at most 1,000 characters).", Required: true),
            new("top", JsonSchemaType.Integer, "Hits per page, 1 to 100 (default 10)."),
            new("page", JsonSchemaType.Integer, "Page number from 1; page × top at most 10,000."),
            new("source", JsonSchemaType.String, "Only this outlet (repeatable).", Repeatable: true),
            new("from", JsonSchemaType.String, "Only articles published on or after this ISO date (2023-10-24)."),
            new("to", JsonSchemaType.String, "Only articles published on or before this ISO date."),
            new("sort", JsonSchemaType.String, "relevance (default) or date (newest first)."))
        .ProducesProblem(StatusCodes.Status400BadRequest);

    private static Results<Ok<SearchJson>, ProblemHttpResult> Search(HttpRequest request, NewsSearchEngine engine)
    {
        var (searchRequest, errors) = SearchParameters.Read(request.Query);
        if (searchRequest is null)
        {
            return Problems.BadRequest(errors);
        }

        return TypedResults.Ok(SearchJson.From(engine.Search(searchRequest)));
    }
}
