using Serilog;
using Serilog.Events;

namespace NewsSearch.Cli;

/// <summary>Serilog to stderr only (stdout carries results and JSON): warnings by default, debug with --verbose.</summary>
internal static class Logging
{
    public static ILogger Create(bool verbose) => new LoggerConfiguration()
        .MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Warning)
        .WriteTo.Console(
            outputTemplate: verbose ? "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{NewLine}{Exception}" : "{Level:u3}: {Message:lj}{NewLine}",
            standardErrorFromLevel: LogEventLevel.Verbose)
        .CreateLogger();
}
