using System.CommandLine;
using NewsSearch.Cli.Interactive;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>console</c>: the interactive search console. At a terminal: a prompt, a line editor with history,
/// colours and a pager; with stdin redirected: one query or command per line, plain output, for scripts.</summary>
internal static class ConsoleCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var command = new Command("console", "Search interactively: type queries and :commands (:help lists them).") { index };

        // A synchronous action on purpose: System.CommandLine then installs no Ctrl+C handler of its own that would end
        // the process; the session's handler cancels the running search instead.
        command.SetAction(parse => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), CancellationToken.None);
            _ = engine.WarmInBackground();
            return Run(EngineBackend.For(engine));
        }).GetAwaiter().GetResult());
        return command;
    }

    private static int Run(ISearchBackend backend)
    {
        var terminal = !Console.IsInputRedirected && !Console.IsOutputRedirected;
        using var interrupts = new SignalInterrupts(terminal, () => Console.Error.WriteLine("Ctrl+C: no search is running (Ctrl+D or :quit leaves)."));
        if (!terminal)
        {
            var plain = new ConsoleView(Console.Out, Console.Error, colour: false);
            return new ConsoleSession(backend, plain, new ReaderLines(Console.In), new PlainPager(Console.Out), interrupts).Run();
        }

        var view = new ConsoleView(Console.Out, Console.Error, Terminal.UseColour) { ScreenWidth = () => Math.Max(20, SafeWidth() - 1) };
        var keys = new TerminalKeys();
        var history = new History(History.DefaultPath(), warning => view.Error(warning));
        var editor = new LineEditor(keys, Console.Out, history, SafeWidth, prefix => PromptCommands.All.Completions(prefix));
        var pager = new TerminalPager(Console.Out, keys, SafeHeight, view);
        Console.TreatControlCAsInput = true;
        try
        {
            view.Note("NewsSearch console: type words to search, :help for commands, Ctrl+D or :quit to leave.");
            return new ConsoleSession(backend, view, new EditorLines(editor, view), pager, interrupts).Run();
        }
        finally
        {
            Console.TreatControlCAsInput = false;
        }
    }

    private static int SafeWidth() => Console.WindowWidth is > 0 and var width ? width : 80;

    private static int SafeHeight() => Console.WindowHeight is > 0 and var height ? height : 24;
}
