using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/search</c>: the same object as <c>newssearch search --json</c>.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/search", Search)
        .WithName("Search")
        .WithSummary("Ranked articles with highlighted snippets, facets and a spelling suggestion.")
        .WithDescription("Parameters: q (required, at most 1,000 characters), top (1-100, default 10), page (from 1), "
            + "source (repeatable), from and to (ISO dates, inclusive), sort (relevance or date).")
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
