using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsSearch.Server;

/// <summary>Headers every answer carries, whatever produced it (an endpoint, a problem, a 404, the exception
/// handler): no content-type sniffing, no framing, no referrer. The page adds its own Content-Security-Policy.</summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
