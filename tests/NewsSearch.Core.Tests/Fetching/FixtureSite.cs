using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>One request as the fixture site saw it.</summary>
public sealed record SeenRequest(long Timestamp, string Host, string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince, int Status)
{
    public string AcceptEncoding { get; init; } = "";
}

/// <summary>A resource the fixture site serves: a body with its type and validators, or a handler of its own.</summary>
public sealed record Resource(byte[] Body, string ContentType)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Sent gzip-compressed (when the client accepts it).</summary>
    public bool Gzip { get; init; }

    /// <summary>Sent brotli-compressed (when the client accepts it).</summary>
    public bool Brotli { get; init; }

    public Func<HttpContext, Task>? Handler { get; init; }

    /// <summary>The answer waits for this (a test holds a feed to look at what happens meanwhile).</summary>
    public Task? HoldUntil { get; init; }
}

/// <summary>News outlets served by Kestrel on loopback in the test process: feeds, article pages and robots.txt,
/// each host on an address of its own (127.0.0.2, 127.0.0.3…) so per-host politeness can be observed. Every request
/// is recorded. Never the internet.</summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Resource> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    private FixtureSite(WebApplication app, IReadOnlyList<Uri> hosts)
    {
        _app = app;
        Hosts = hosts;
    }

    /// <summary>The base address of each host.</summary>
    public IReadOnlyList<Uri> Hosts { get; }

    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    /// <summary>Called with each request before it is answered (tests use it to wait for a point in a run).</summary>
    public Action<SeenRequest>? OnRequest { get; set; }

    public static async Task<FixtureSite> StartAsync(int hosts = 1)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. Enumerable.Range(0, hosts).Select(i => $"http://127.0.0.{i + 2}:0")]);
        var app = builder.Build();
        FixtureSite? site = null;
        app.Run(context => site!.ServeAsync(context));
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).OrderBy(a => a.Host, StringComparer.Ordinal).ToList();
        site = new FixtureSite(app, addresses);
        return site;
    }

    public Uri Url(int host, string path) => new(Hosts[host], path);

    /// <summary>Serves a resource at this host's path (host-relative: "/feed.xml").</summary>
    public void Set(int host, string path, Resource resource) => _resources[Key(Hosts[host].Authority, path)] = resource;

    public void Set(int host, string path, string text, string contentType) =>
        Set(host, path, new Resource(System.Text.Encoding.UTF8.GetBytes(text), contentType));

    public Resource Get(int host, string path) => _resources[Key(Hosts[host].Authority, path)];

    public void Remove(int host, string path) => _resources.TryRemove(Key(Hosts[host].Authority, path), out _);

    public IReadOnlyList<SeenRequest> RequestsTo(int host) => Requests.Where(r => r.Host == Hosts[host].Authority).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Key(string authority, string path) => authority + path;

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path + request.QueryString;
        var key = Key(request.Host.Value ?? "", path);
        var status = 404;
        var seen = () => new SeenRequest(Stopwatch.GetTimestamp(), request.Host.Value ?? "", path, request.Headers.UserAgent.ToString(),
            request.Headers.IfNoneMatch.Count > 0 ? request.Headers.IfNoneMatch.ToString() : null,
            request.Headers.IfModifiedSince.Count > 0 ? request.Headers.IfModifiedSince.ToString() : null, status)
        {
            AcceptEncoding = request.Headers.AcceptEncoding.ToString(),
        };
        var stamp = Stopwatch.GetTimestamp();
        if (!_resources.TryGetValue(key, out var resource))
        {
            Record(seen() with { Timestamp = stamp, Status = 404 });
            context.Response.StatusCode = 404;
            return;
        }

        if (resource.Handler is { } handler)
        {
            Record(seen() with { Timestamp = stamp, Status = 0 });
            await handler(context);
            return;
        }

        if (resource.HoldUntil is { } hold)
        {
            await hold.WaitAsync(context.RequestAborted);
        }

        var notModified = (resource.ETag is not null && request.Headers.IfNoneMatch.ToString() == resource.ETag)
            || (resource.ETag is null && resource.LastModified is not null && request.Headers.IfModifiedSince.ToString() == resource.LastModified);
        status = notModified ? 304 : 200;
        Record(seen() with { Timestamp = stamp });
        if (resource.ETag is not null)
        {
            context.Response.Headers.ETag = resource.ETag;
        }

        if (resource.LastModified is not null)
        {
            context.Response.Headers.LastModified = resource.LastModified;
        }

        if (notModified)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = resource.ContentType;
        var accepts = request.Headers.AcceptEncoding.ToString();
        if (resource.Gzip && accepts.Contains("gzip", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(resource.Body);
        }
        else if (resource.Brotli && accepts.Contains("br", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentEncoding = "br";
            await using var brotli = new BrotliStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await brotli.WriteAsync(resource.Body);
        }
        else
        {
            context.Response.ContentLength = resource.Body.Length;
            await context.Response.Body.WriteAsync(resource.Body);
        }
    }

    private void Record(SeenRequest request)
    {
        _requests.Enqueue(request);
        OnRequest?.Invoke(request);
    }
}
