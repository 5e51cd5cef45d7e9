using Serilog;
using Serilog.Events;

namespace NewsSearch.Server;

/// <summary>The server's Serilog set-up: one line per request (method, path, status, elapsed) and lifetime events, all on stderr.</summary>
internal static class RequestLog
{
    public static Serilog.Core.Logger CreateLogger(bool verbose) => new LoggerConfiguration()
        .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information)
        // The request line from Serilog replaces the framework's several lines per request.
        .MinimumLevel.Override("Microsoft", verbose ? LogEventLevel.Debug : LogEventLevel.Warning)
        .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
        // A start-up failure (port in use) reaches the command as an exception and is told in one sentence; its stack only with --verbose.
        .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", verbose ? LogEventLevel.Debug : LogEventLevel.Fatal)
        .Enrich.FromLogContext()
        .WriteTo.Console(
            outputTemplate: "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}",
            standardErrorFromLevel: LogEventLevel.Verbose)
        .CreateLogger();
}
