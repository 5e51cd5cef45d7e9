using System.Globalization;
using NewsSearch.Cli.Output;
using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive;

/// <summary>Writes what the console shows: results, facets, notes and errors. Colour only when asked
/// (a terminal without <c>NO_COLOR</c>); results go to <see cref="Out"/>, errors to <see cref="Error"/>.</summary>
internal sealed class ConsoleView(TextWriter output, TextWriter error, bool colour)
{
    public TextWriter Out { get; } = output;

    public bool Colour { get; } = colour;

    /// <summary>Columns to wrap long text at, asked each time (the terminal may be resized); 0 for no wrapping.</summary>
    public Func<int> ScreenWidth { get; init; } = () => 0;

    public int Width => ScreenWidth();

    public string Paint(string text, string style) => Colour && text.Length > 0 ? style + text + Terminal.Reset : text;

    public void Line(string text = "") => Out.WriteLine(text);

    public void Note(string text) => Out.WriteLine(Paint(text, Terminal.Dim));

    public void Error(string text)
    {
        Out.Flush();
        error.WriteLine(Paint("error: " + text, Terminal.Highlight));
        error.Flush();
    }

    public void Results(SearchResults results, SessionState state, Func<SearchHit, string?> explanation)
    {
        foreach (var notice in results.Notices)
        {
            Note("note: " + notice);
        }

        var pages = Math.Max(1, (results.Total + results.PageSize - 1) / results.PageSize);
        var header = string.Create(CultureInfo.InvariantCulture, $"{results.Total} result{(results.Total == 1 ? "" : "s")} for \"{Plain(ConsoleSession.Shorten(results.Query, 100))}\"");
        if (results.Hits.Count > 0)
        {
            header += string.Create(CultureInfo.InvariantCulture, $", showing {results.Hits[0].Rank}-{results.Hits[^1].Rank}, page {results.Page}/{pages}");
        }

        header += string.Create(CultureInfo.InvariantCulture, $" ({results.Elapsed.TotalMilliseconds:0} ms)");
        Note(header);
        if (state.Describe() is { Length: > 0 } filters)
        {
            Note($"filters: {filters} (:clear to remove)");
        }

        if (results.Suggestion is { Length: > 0 } suggestion)
        {
            Line(Paint("Did you mean: ", Terminal.Accent) + Paint(Plain(suggestion), Terminal.Bold) + Paint("?  (:dym to search it)", Terminal.Accent));
        }

        foreach (var hit in results.Hits)
        {
            Hit(hit, explanation(hit));
        }

        if (results.Hits.Count == 0 && results.Total > 0)
        {
            Note("No hits on this page (:prev to go back).");
        }
        else if (results.Page < pages)
        {
            // Ten hits scroll the header away: say again where the reader is.
            Note(string.Create(CultureInfo.InvariantCulture, $"page {results.Page}/{pages} of {results.Total}: :next for more, :open N to read one, :help for commands"));
        }
    }

    public void Hit(SearchHit hit, string? explanation = null)
    {
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"{hit.Rank,3}. ") + Paint(Plain(hit.Title), Terminal.Bold));
        Line("     " + Paint(Meta(hit.Source, hit.Published, hit.Id), Terminal.Accent));
        if (hit.Snippet.Length > 0)
        {
            // Control characters go before the colour codes are added, so only this program's own escapes reach the terminal.
            foreach (var line in Wrapping.Lines(SnippetText.ForTerminal(Plain(hit.Snippet), Colour), Width - 5))
            {
                Line("     " + line);
            }
        }

        if (explanation is { Length: > 0 })
        {
            foreach (var line in explanation.Split('\n'))
            {
                Line("       " + Paint(Plain(line.TrimEnd('\r')), Terminal.Dim));
            }
        }
    }

    public void Facets(SearchFacets facets)
    {
        if (facets.Sources.Count == 0 && facets.Years.Count == 0 && facets.Months.Count == 0)
        {
            Note("no facets");
            return;
        }

        FacetGroup("sources", facets.Sources);
        FacetGroup("years", facets.Years);
        FacetGroup("months", facets.Months);
    }

    public static string Meta(string? source, DateOnly? published, string id) =>
        string.Join(" · ", new[] { source, Dates.Format(published), id }.Where(s => !string.IsNullOrEmpty(s)).Select(s => Plain(s!)));

    /// <summary>Text from an article or a person with control characters (escape sequences that would drive the
    /// terminal) turned into spaces.</summary>
    public static string Plain(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });

    private void FacetGroup(string name, IReadOnlyList<FacetCount> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        Line(Paint(name, Terminal.Bold));
        foreach (var count in counts)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"  {count.Count,7}  {Plain(count.Value)}"));
        }
    }
}
