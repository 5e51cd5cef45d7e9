using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsSearch.Server;

/// <summary>What the server accepts as a request body. Its read endpoints take none, so a GET or HEAD that sends one
/// is refused (400) before any of it is read, and a body above <see cref="MaxBytes"/> is refused (413) on any
/// method, from its declared length or, when chunked, as Kestrel counts it.</summary>
internal static class RequestBodies
{
    /// <summary>The largest body any endpoint accepts: far above a saved search, far below what could fill memory.</summary>
    public const long MaxBytes = 64 * 1024;

    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (request.ContentLength > MaxBytes)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, $"A request body may hold at most {MaxBytes / 1024} KB.");
        }

        if (hasBody && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return Refuse(context, StatusCodes.Status400BadRequest, "A GET request carries no body.");
        }

        return next(context);
    });

    private static Task Refuse(HttpContext context, int status, string detail)
    {
        // The body is not read: the connection closes after the answer instead of draining it.
        context.Response.Headers.Connection = "close";
        return Results.Problem(detail: detail, statusCode: status).ExecuteAsync(context);
    }
}
