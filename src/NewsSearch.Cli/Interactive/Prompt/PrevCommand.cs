namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:prev</c>: the page before.</summary>
internal sealed class PrevCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["prev", "p"];

    public string Usage => ":prev";

    public string Summary => "previous page of results";

    public void Run(string argument, ConsoleSession session)
    {
        if (session.State.Query is null)
        {
            session.ShowPage();
            return;
        }

        if (session.State.Page <= 1)
        {
            session.View.Note("This is the first page.");
            return;
        }

        session.State.Page--;
        session.ShowPage();
    }
}
