namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:explain</c>: shows or hides, under each hit, why it scored as it did.</summary>
internal sealed class ExplainCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["explain", "x"];

    public string Usage => ":explain";

    public string Summary => "show or hide why each hit scored as it did";

    public void Run(string argument, ConsoleSession session)
    {
        if (!session.Backend.CanExplain)
        {
            session.View.Error("score explanations are not available in this version of the engine.");
            return;
        }

        session.State.Explain = !session.State.Explain;
        session.View.Note(session.State.Explain ? "Explanations on." : "Explanations off.");
        session.RefreshIfSearched();
    }
}
