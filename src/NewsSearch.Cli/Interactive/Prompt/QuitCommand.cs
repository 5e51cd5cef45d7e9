namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:quit</c>: leaves the console (exit code 0), like Ctrl+D.</summary>
internal sealed class QuitCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["quit", "q", "exit"];

    public string Usage => ":quit";

    public string Summary => "leave the console (Ctrl+D too)";

    public void Run(string argument, ConsoleSession session) => session.State.Quit = true;
}
