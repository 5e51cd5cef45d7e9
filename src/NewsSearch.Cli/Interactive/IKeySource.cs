namespace NewsSearch.Cli.Interactive;

/// <summary>Key presses: the terminal's, or a test's script of them.</summary>
internal interface IKeySource
{
    ConsoleKeyInfo ReadKey();
}

/// <summary>The terminal's keyboard, keys not echoed (the line editor draws the line itself).</summary>
internal sealed class TerminalKeys : IKeySource
{
    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);
}
