using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/articles/{id}</c> and <c>GET /api/articles/{id}/similar</c>.</summary>
internal static class ArticleEndpoints
{
    public const int MaxSimilar = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{id}", Article)
            .WithName("Article")
            .WithSummary("The full article.")
            .WithTags("Articles")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/articles/{id}/similar", Similar)
            .WithName("SimilarArticles")
            .WithSummary("Articles about the same things as this one.")
            .WithTags("Articles")
            .DescribeQuery(new QueryParameter("top", JsonSchemaType.Integer, "How many, 1 to 20 (default 5)."))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<ArticleJson>, ProblemHttpResult> Article(string id, NewsSearchEngine engine) =>
        engine.GetArticle(id) is { } article ? TypedResults.Ok(ArticleJson.From(article)) : Problems.NotFound(id);

    private static Results<Ok<SimilarJson>, ProblemHttpResult> Similar(string id, HttpRequest request, NewsSearchEngine engine)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var top = SearchParameters.Number(request.Query, "top", 5, 1, MaxSimilar, errors);
        if (errors.Count > 0)
        {
            return Problems.BadRequest(errors);
        }

        if (engine.GetArticle(id) is not { } article)
        {
            return Problems.NotFound(id);
        }

        var hits = engine.Similar(article.Id, top).Hits.Select(HitJson.From).ToList();
        return TypedResults.Ok(new SimilarJson(article.Id, hits));
    }
}
