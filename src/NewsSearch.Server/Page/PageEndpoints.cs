using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace NewsSearch.Server.Page;

/// <summary>Serves the search page (<c>/</c>, its script modules and style sheet) from resources embedded in this assembly.</summary>
internal static class PageEndpoints
{
    // Nothing but this server's own files may load or run: article text can never pull in a script, style or frame.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        Serve(app, "/", "index.html", "text/html; charset=utf-8");
        Serve(app, "/app.js", "app.js", "text/javascript; charset=utf-8");
        Serve(app, "/dom.js", "dom.js", "text/javascript; charset=utf-8");
        Serve(app, "/state.js", "state.js", "text/javascript; charset=utf-8");
        Serve(app, "/research.js", "research.js", "text/javascript; charset=utf-8");
        Serve(app, "/app.css", "app.css", "text/css; charset=utf-8");
        // The coverage chart and the characteristic words, and the charting library they use (uPlot, MIT, vendored
        // with its licence so the page works offline).
        Serve(app, "/coverage.js", "coverage.js", "text/javascript; charset=utf-8");
        Serve(app, "/terms.js", "terms.js", "text/javascript; charset=utf-8");
        Serve(app, "/request.js", "request.js", "text/javascript; charset=utf-8");
        Serve(app, "/coverage.css", "coverage.css", "text/css; charset=utf-8");
        Serve(app, "/vendor/uplot/uPlot.esm.js", "vendor/uplot/uPlot.esm.js", "text/javascript; charset=utf-8");
        Serve(app, "/vendor/uplot/uPlot.min.css", "vendor/uplot/uPlot.min.css", "text/css; charset=utf-8");
        Serve(app, "/vendor/uplot/LICENSE", "vendor/uplot/LICENSE", "text/plain; charset=utf-8");
    }

    private static void Serve(IEndpointRouteBuilder app, string path, string resource, string contentType)
    {
        var bytes = Load(resource);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"");
        app.MapGet(path, (HttpContext context) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.ETag = etag.ToString();
            // Revalidated on each load (a cheap 304), so a new build of the server is picked up at once.
            headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.ToString(), StringComparison.Ordinal))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(bytes, contentType);
        }).ExcludeFromDescription();
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("page/" + name)
            ?? throw new InvalidOperationException($"The page resource '{name}' is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
