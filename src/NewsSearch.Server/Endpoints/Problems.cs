using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NewsSearch.Server.Endpoints;

/// <summary>RFC 7807 problem answers that say what is wrong in one sentence per parameter.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(Dictionary<string, string[]> errors) => TypedResults.Problem(
        title: "The request is not valid.",
        detail: string.Join(" ", errors.Values.SelectMany(v => v)),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        title: "No such article.",
        detail: $"No article has the id '{Shorten(id)}'.",
        statusCode: StatusCodes.Status404NotFound);

    /// <summary>Echoes user input in a message without letting a huge value fill the answer.</summary>
    public static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
