namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:dym</c>: searches the "did you mean" suggestion of the last results.</summary>
internal sealed class DidYouMeanCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["dym", "yes", "y"];

    public string Usage => ":dym";

    public string Summary => "search the \"did you mean\" suggestion";

    public void Run(string argument, ConsoleSession session)
    {
        if (session.State.Last?.Suggestion is { Length: > 0 } suggestion)
        {
            session.Search(suggestion);
        }
        else
        {
            session.View.Note("No suggestion for the last search.");
        }
    }
}
