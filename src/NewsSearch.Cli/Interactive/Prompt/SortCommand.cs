using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:sort date|relevance</c>: the order of results.</summary>
internal sealed class SortCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["sort"];

    public string Usage => ":sort date|relevance";

    public string Summary => "newest first, or best match first (the default)";

    public void Run(string argument, ConsoleSession session)
    {
        SearchSort? sort = argument.ToLowerInvariant() switch
        {
            "date" or "newest" => SearchSort.Date,
            "relevance" or "score" => SearchSort.Relevance,
            _ => null,
        };
        if (sort is null)
        {
            session.View.Error($":sort takes date or relevance, not '{ConsoleView.Plain(ConsoleSession.Shorten(argument))}'.");
            return;
        }

        session.State.Sort = sort.Value;
        session.View.Note(sort == SearchSort.Date ? "Newest first." : "Best match first.");
        session.RefreshIfSearched();
    }
}
