namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:next</c>: the following page of results.</summary>
internal sealed class NextCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["next", "n"];

    public string Usage => ":next";

    public string Summary => "next page of results";

    public void Run(string argument, ConsoleSession session)
    {
        if (session.State.Query is null)
        {
            session.ShowPage();
            return;
        }

        var state = session.State;
        if (state.Last is { } last && state.Page * last.PageSize >= last.Total)
        {
            session.View.Note("This is the last page.");
            return;
        }

        state.Page++;
        session.ShowPage();
    }
}
