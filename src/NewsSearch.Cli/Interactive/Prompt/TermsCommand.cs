using System.Globalization;
using NewsSearch.Cli.Output;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:terms</c>: the words and names most characteristic of the current query's results.</summary>
internal sealed class TermsCommand : IPromptCommand
{
    private const int Count = 15;

    public IReadOnlyList<string> Names { get; } = ["terms", "t"];

    public string Usage => ":terms";

    public string Summary => "the words and names that characterise the results";

    public void Run(string argument, ConsoleSession session)
    {
        var state = session.State;
        if (state.Query is not { } query)
        {
            session.View.Note("Type some words to search first.");
            return;
        }

        var request = new TermsRequest { Query = query, Top = Count, Sources = state.Source is null ? [] : [state.Source], From = state.From, To = state.To };
        if (session.Cancellable(() => session.Backend.Terms(request)) is not { } results)
        {
            session.View.Error("characteristic terms are not available in this version of the engine.");
            return;
        }

        var view = session.View;
        if (results.Terms.Count == 0)
        {
            view.Note(results.Matches == 0 ? "No article matches." : "No word stands out.");
            return;
        }

        var sample = results.Sampled < results.Matches ? string.Create(CultureInfo.InvariantCulture, $", found in the {results.Sampled} best") : "";
        view.Note(string.Create(CultureInfo.InvariantCulture, $"Characteristic of the {results.Matches} matching articles (articles holding each{sample}):"));
        var width = results.Terms.Max(t => Math.Min(t.Term.Length, 30));
        foreach (var term in results.Terms)
        {
            var label = ConsoleView.Plain(ConsoleSession.Shorten(term.Term, 30));
            view.Line("  " + (term.IsName ? view.Paint(label, Terminal.Bold) : label) + new string(' ', Math.Max(0, width - label.Length))
                + view.Paint(string.Create(CultureInfo.InvariantCulture, $"  {term.Matches,6}"), Terminal.Dim));
        }
    }
}
