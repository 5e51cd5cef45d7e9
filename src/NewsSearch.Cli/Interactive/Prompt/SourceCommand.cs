namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:source NAME</c>: only articles from this outlet (case and accents do not matter).</summary>
internal sealed class SourceCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["source", "s"];

    public string Usage => ":source NAME";

    public string Summary => "only articles from this outlet (no NAME: any outlet)";

    public void Run(string argument, ConsoleSession session)
    {
        session.State.Source = argument.Length == 0 ? null : argument;
        session.View.Note(argument.Length == 0 ? "Any source." : $"Only articles from {ConsoleView.Plain(ConsoleSession.Shorten(argument, 100))}.");
        session.RefreshIfSearched();
    }
}
