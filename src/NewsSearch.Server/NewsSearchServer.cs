using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsSearch.Server.Contracts;
using NewsSearch.Server.Endpoints;
using NewsSearch.Server.Page;
using Serilog;

namespace NewsSearch.Server;

/// <summary>Builds the HTTP server over an open engine: the JSON API, the OpenAPI description, health, and the search page.</summary>
public static class NewsSearchServer
{
    /// <summary>Builds (without starting) the server. The caller keeps ownership of <paramref name="engine"/> and disposes it after the server stops.</summary>
    /// <exception cref="ArgumentException">An address in <see cref="ServerOptions.Urls"/> is not an absolute http URL.</exception>
    public static WebApplication Build(NewsSearchEngine engine, ServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        options ??= new ServerOptions();
        var urls = ParseUrls(options.Urls);

        // Production always: no developer exception page, so no stack trace can reach a client; no appsettings read from the working folder.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(NewsSearchServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Nothing to learn about the server from its answers; slow or oversized requests cut short.
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = RequestBodies.MaxBytes;
            k.Limits.RequestHeadersTimeout = options.RequestHeadersTimeout;
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        var log = RequestLog.CreateLogger(options.Verbose);
        builder.Services.AddSerilog(log, dispose: true);
        builder.Services.AddSingleton(engine);
        if (options.Fetch is { } fetch)
        {
            builder.Services.AddHostedService(_ => new FetchService(engine, fetch, log));
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NewsSearch";
            document.Info.Description = "Full-text search over francophone news: ranked articles with highlighted snippets.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o => SearchJson.Configure(o.SerializerOptions));

        var app = builder.Build();
        // The middleware's own logger, else it writes to the global Serilog logger, which this process leaves silent.
        app.UseSerilogRequestLogging(o => o.Logger = log);
        app.UseSecurityHeaders();
        app.UseRequestBodyLimits();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        SearchEndpoints.Map(app);
        ResearchEndpoints.Map(app);
        ArticleEndpoints.Map(app);
        StatusEndpoints.Map(app);
        ExportEndpoints.Map(app);
        WatchEndpoints.Map(app);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>Whether every address only accepts connections from this machine.</summary>
    public static bool IsLoopbackOnly(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.All(a => Uri.TryCreate(a, UriKind.Absolute, out var uri)
            && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
    }

    internal static string[] ParseUrls(string urls)
    {
        var parts = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("--urls needs at least one address such as http://127.0.0.1:5080.");
        }

        foreach (var part in parts)
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
            {
                throw new ArgumentException($"--urls takes http addresses such as http://127.0.0.1:5080, not '{part}'.");
            }
        }

        return parts;
    }
}
