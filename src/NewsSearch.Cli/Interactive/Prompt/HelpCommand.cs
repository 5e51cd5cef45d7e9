namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:help</c>: what can be typed at the prompt.</summary>
internal sealed class HelpCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["help", "h", "?"];

    public string Usage => ":help";

    public string Summary => "this list";

    public void Run(string argument, ConsoleSession session)
    {
        var view = session.View;
        view.Line("Type words to search (\"phrases\", -exclusions, OR, title:, source: work as in `newssearch search`).");
        view.Line("Commands:");
        foreach (var command in session.Commands.List)
        {
            var aliases = command.Names.Count > 1 ? " (or " + string.Join(", ", command.Names.Skip(1).Select(n => ":" + n)) + ")" : "";
            view.Line($"  {command.Usage,-22} {command.Summary}{aliases}");
        }

        view.Line("Keys: ←/→ Home/End to move, ↑/↓ history, Tab completes a command, Ctrl+C cancels a search or clears the line, Ctrl+D leaves.");
    }
}
