namespace NewsSearch.Cli.Interactive;

/// <summary>One command typed at the console prompt after a colon, e.g. <c>:open 3</c>.</summary>
internal interface IPromptCommand
{
    /// <summary>The name first, then short aliases, without the colon.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>How it is typed, e.g. <c>:open N|ID</c>.</summary>
    string Usage { get; }

    /// <summary>What it does, one line for <c>:help</c>.</summary>
    string Summary { get; }

    /// <summary>Runs the command; <paramref name="argument"/> is the rest of the line, trimmed (empty when none).
    /// Bad arguments are reported through the session's view, never thrown past the session.</summary>
    void Run(string argument, ConsoleSession session);
}
