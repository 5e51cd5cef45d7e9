namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:clear</c>: removes the source and date filters.</summary>
internal sealed class ClearCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["clear"];

    public string Usage => ":clear";

    public string Summary => "remove the source and date filters";

    public void Run(string argument, ConsoleSession session)
    {
        var state = session.State;
        (state.Source, state.From, state.To) = (null, null, null);
        session.View.Note("Filters cleared.");
        session.RefreshIfSearched();
    }
}
