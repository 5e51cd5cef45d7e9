using System.Globalization;
using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:open N</c> (a rank in the results) or <c>:open ID</c>: the whole article, query words highlighted,
/// a screen at a time at a terminal.</summary>
internal sealed class OpenCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["open", "o"];

    public string Usage => ":open N|ID";

    public string Summary => "read result N (its rank) or the article with this id";

    public void Run(string argument, ConsoleSession session)
    {
        if (argument.Length == 0)
        {
            session.View.Error("say which article: :open N (its rank in the results) or :open ID.");
            return;
        }

        string id;
        if (int.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank))
        {
            if (HitRanked(rank, session) is not { } hit)
            {
                var total = session.State.Last?.Total ?? 0;
                session.View.Error(total == 0
                    ? $"no result ranked {rank}: search for something first."
                    : $"no result ranked {rank}: the last search has {total} (1 to {total}).");
                return;
            }

            id = hit.Id;
        }
        else
        {
            id = argument;
        }

        var article = session.Cancellable(() => session.Backend.GetArticle(id));
        if (article is null)
        {
            session.View.Error($"no article with id '{ConsoleView.Plain(ConsoleSession.Shorten(id))}'.");
            return;
        }

        session.Pager.Show(ArticleView.Lines(article, session.State.Query, session.View));
    }

    /// <summary>The hit with this rank: from the page shown, else by fetching the page that holds it.</summary>
    private static SearchHit? HitRanked(int rank, ConsoleSession session)
    {
        var last = session.State.Last;
        if (last is null || rank < 1 || rank > last.Total)
        {
            return null;
        }

        if (last.Hits.FirstOrDefault(h => h.Rank == rank) is { } shown)
        {
            return shown;
        }

        var page = ((rank - 1) / last.PageSize) + 1;
        var request = session.State.Request(page) with { Snippets = false };
        return session.Cancellable(() => session.Backend.Search(request)).Hits.FirstOrDefault(h => h.Rank == rank);
    }
}
