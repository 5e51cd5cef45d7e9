using System.Globalization;

namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:similar N</c>: articles like result N.</summary>
internal sealed class SimilarCommand : IPromptCommand
{
    private const int Count = 5;

    public IReadOnlyList<string> Names { get; } = ["similar", "sim"];

    public string Usage => ":similar N";

    public string Summary => "articles like result N (on this page)";

    public void Run(string argument, ConsoleSession session)
    {
        if (!session.Backend.CanFindSimilar)
        {
            session.View.Error("finding similar articles is not available in this version of the engine.");
            return;
        }

        if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
            || session.State.Last?.Hits.FirstOrDefault(h => h.Rank == rank) is not { } hit)
        {
            session.View.Error(":similar needs the rank of a result shown on this page, e.g. :similar 1.");
            return;
        }

        var similar = session.Cancellable(() => session.Backend.Similar(hit.Id, Count));
        session.View.Note($"Articles like \"{ConsoleView.Plain(hit.Title)}\":");
        if (similar is null || similar.Hits.Count == 0)
        {
            session.View.Note("none found.");
            return;
        }

        foreach (var similarHit in similar.Hits)
        {
            session.View.Hit(similarHit);
        }
    }
}
