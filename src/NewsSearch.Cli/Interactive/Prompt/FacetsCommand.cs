namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:facets</c>: hit counts per source, year and month over the whole last result set.</summary>
internal sealed class FacetsCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["facets", "f"];

    public string Usage => ":facets";

    public string Summary => "counts of the results per source, year and month";

    public void Run(string argument, ConsoleSession session)
    {
        if (session.State.Last is not { } last)
        {
            session.View.Note("Type some words to search first.");
            return;
        }

        session.View.Facets(last.Facets);
    }
}
