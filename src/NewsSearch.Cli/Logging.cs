using Serilog;
using Serilog.Events;

namespace NewsSearch.Cli;

/// <summary>Serilog to stderr only (stdout carries results and JSON): warnings by default (a command that reports
/// as it goes, like fetch, asks for information), debug with --verbose.</summary>
internal static class Logging
{
    public static ILogger Create(bool verbose, LogEventLevel quiet = LogEventLevel.Warning)
    {
        // A command that logs as it goes also draws a progress line at a terminal: a log line first clears it.
        var clear = quiet < LogEventLevel.Warning && !Console.IsErrorRedirected ? "\r\u001b[K" : "";
        return new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : quiet)
            .WriteTo.Console(
                outputTemplate: clear + (verbose ? "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}" : "{Level:u3}: {Message:lj}{NewLine}"),
                standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
    }
}
