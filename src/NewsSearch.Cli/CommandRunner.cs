using System.CommandLine;
using NewsSearch.Indexing;

namespace NewsSearch.Cli;

/// <summary>Runs a command's body with logging set up, and turns failures into one clear sentence on stderr and an exit code.</summary>
internal static class CommandRunner
{
    public static Task<int> Run(ParseResult parse, Func<CommandContext, int> body, Serilog.Events.LogEventLevel quiet = Serilog.Events.LogEventLevel.Warning)
    {
        var verbose = parse.GetValue(CommonOptions.Verbose);
        using var log = (Serilog.Core.Logger)Logging.Create(verbose, quiet);
        try
        {
            return Task.FromResult(body(new CommandContext(parse, log)));
        }
        catch (IndexLockedException e)
        {
            return Fail(e, e.Message, ExitCodes.Failure, verbose);
        }
        catch (ArgumentException e)
        {
            return Fail(e, e.Message, ExitCodes.Usage, verbose);
        }
        catch (OperationCanceledException e)
        {
            return Fail(e, "Cancelled.", ExitCodes.Failure, verbose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e, e.Message, ExitCodes.Failure, verbose);
        }
#pragma warning disable CA1031 // The command line's last line of defence: any failure becomes one sentence, not a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(e, $"Unexpected error: {e.Message}", ExitCodes.Failure, verbose);
        }
    }

    private static Task<int> Fail(Exception e, string message, int code, bool verbose)
    {
        Console.Error.WriteLine($"error: {message}");
        if (verbose)
        {
            Console.Error.WriteLine(e);
        }

        return Task.FromResult(code);
    }
}
