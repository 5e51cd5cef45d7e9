using System.Globalization;
using NewsSearch.Cli.Output;
using NewsSearch.Search.Coverage;

namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:coverage</c>: the current query's share of each month's articles as a sparkline, one line per year.</summary>
internal sealed class CoverageCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["coverage", "cov"];

    public string Usage => ":coverage";

    public string Summary => "the current query month by month: a sparkline per year";

    public void Run(string argument, ConsoleSession session)
    {
        var state = session.State;
        if (state.Query is not { } query)
        {
            session.View.Note("Type some words to search first.");
            return;
        }

        var request = new CoverageRequest { Queries = [query], Sources = state.Source is null ? [] : [state.Source], From = state.From, To = state.To };
        if (session.Cancellable(() => session.Backend.Coverage(request)) is not { } results)
        {
            session.View.Error("coverage is not available in this version of the engine.");
            return;
        }

        Show(session.View, results.Series[0]);
    }

    /// <summary>A header with the peak, then "2019 ▁▂▃▅█▃▂▁▁▂▃▄  33": twelve months a line, the share of each month's
    /// articles on one scale for all years, blank before the first month and after the last, and the year's matches.</summary>
    internal static void Show(ConsoleView view, CoverageSeries series)
    {
        foreach (var notice in series.Notices)
        {
            view.Note("note: " + notice);
        }

        var points = series.Points;
        if (points.Count == 0)
        {
            view.Note(series.Matches == 0 ? "No article matches." : "No matching article is dated.");
            return;
        }

        var peak = points.MaxBy(p => (p.Matches, p.Share))!;
        view.Note(string.Create(CultureInfo.InvariantCulture,
            $"\"{ConsoleView.Plain(ConsoleSession.Shorten(series.Query, 100))}\": {series.Matches} articles; share of each month's articles, J to D; peak {peak.Period} ({peak.Matches}, {peak.Share:0.##%})"));
        var max = points.Max(p => p.Share);
        foreach (var year in points.GroupBy(p => p.Start.Year))
        {
            var months = new string(' ', year.First().Start.Month - 1)
                + Sparkline.Of([.. year.Select(p => p.Share)], max)
                + new string(' ', 12 - year.Last().Start.Month);
            view.Line(string.Create(CultureInfo.InvariantCulture, $"{year.Key}  ") + view.Paint(months, Terminal.Accent)
                + string.Create(CultureInfo.InvariantCulture, $"  {year.Sum(p => p.Matches),6}"));
        }
    }
}
