using System.Globalization;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Cli.Output;

/// <summary>Human-readable output of search results, indexing summaries and statistics.</summary>
internal static class TextOutput
{
    public static void Search(SearchResults results)
    {
        var colour = Terminal.UseColour;
        var o = Console.Out;
        foreach (var notice in results.Notices)
        {
            o.WriteLine(Terminal.Paint("note: " + notice, Terminal.Dim));
        }

        if (results.Suggestion is { } suggestion)
        {
            o.WriteLine("Did you mean: " + Terminal.Paint(suggestion, Terminal.Bold) + "?");
        }

        var first = results.Hits.Count > 0 ? results.Hits[0].Rank : 0;
        var last = results.Hits.Count > 0 ? results.Hits[^1].Rank : 0;
        o.WriteLine(Terminal.Paint(
            string.Create(CultureInfo.InvariantCulture, $"{results.Total} result{(results.Total == 1 ? "" : "s")} for \"{results.Query}\"")
            + (results.Hits.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $", showing {first}-{last}") : "")
            + (results.Articles > results.Total ? string.Create(CultureInfo.InvariantCulture, $"; {results.Articles} articles with copies") : "")
            + string.Create(CultureInfo.InvariantCulture, $" ({results.Elapsed.TotalMilliseconds:0} ms)"), Terminal.Dim));
        if (results.ExpandedQuery is { } expanded)
        {
            o.WriteLine(Terminal.Paint("query: " + expanded, Terminal.Dim));
        }

        foreach (var expansion in results.Expansions)
        {
            o.WriteLine(Terminal.Paint("read as: " + expansion, Terminal.Dim));
        }

        foreach (var hit in results.Hits)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Rank,3}. ") + Terminal.Paint(hit.Title, Terminal.Bold));
            var copies = hit.Copies > 0 ? string.Create(CultureInfo.InvariantCulture, $"+{hit.Copies} cop{(hit.Copies == 1 ? "y" : "ies")}") : null;
            var meta = string.Join(" · ", new[] { hit.Source, SearchJson.IsoDate(hit.Published), hit.Id, copies }.Where(s => !string.IsNullOrEmpty(s)));
            o.WriteLine("     " + Terminal.Paint(meta, Terminal.Accent));
            if (hit.Snippet.Length > 0)
            {
                o.WriteLine("     " + SnippetText.ForTerminal(hit.Snippet, colour));
            }

            if (hit.Explanation is { } explanation)
            {
                o.WriteLine("     " + Terminal.Paint("score " + explanation, Terminal.Dim));
            }
        }

        Facets(results.Facets);
    }

    /// <summary>The learned acronyms, one per line: acronym, expansion, how many articles define it.</summary>
    public static void Acronyms(IReadOnlyList<LearnedAcronym> acronyms)
    {
        var o = Console.Out;
        if (acronyms.Count == 0)
        {
            o.WriteLine("No acronym is defined often enough in the indexed articles yet.");
            return;
        }

        var width = acronyms.Max(a => a.ShortForm.Length);
        foreach (var acronym in acronyms)
        {
            var note = acronym.InSynonymList ? ", synonym list used instead" : "";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{acronym.ShortForm.PadRight(width)}  {acronym.LongForm}  ({acronym.Articles} article{(acronym.Articles == 1 ? "" : "s")}{note})"));
        }

        o.WriteLine(Terminal.Paint(string.Create(CultureInfo.InvariantCulture,
            $"{acronyms.Select(a => a.ShortForm).Distinct(StringComparer.Ordinal).Count()} acronyms, {acronyms.Count} expansions"), Terminal.Dim));
    }

    /// <summary>The facet counts in three short lines (the largest values of each).</summary>
    public static void Facets(SearchFacets facets)
    {
        const int shown = 8;
        var lines = new[] { ("sources", facets.Sources), ("years", facets.Years), ("months", facets.Months) };
        if (lines.All(l => l.Item2.Count == 0))
        {
            return;
        }

        Console.Out.WriteLine();
        foreach (var (name, counts) in lines.Where(l => l.Item2.Count > 0))
        {
            var text = string.Join(", ", counts.Take(shown).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} ({c.Count})")));
            var more = counts.Count > shown ? string.Create(CultureInfo.InvariantCulture, $", … {counts.Count - shown} more") : "";
            Console.Out.WriteLine(Terminal.Paint($"{name,-8} ", Terminal.Dim) + text + more);
        }
    }

    public static void Summary(string verb, IndexingSummary s)
    {
        var o = Console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verb}: {s.Added} added, {s.Updated} updated, {s.Deleted} deleted, {s.Unchanged} unchanged, {s.Duplicates} duplicates merged, {s.Skipped.Count} skipped."));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Documents} documents in the index; {s.FilesRead} files read in {s.Elapsed.TotalSeconds:0.0} s ({s.ArticlesPerSecond:0} articles/s)."));
        if (s.Cancelled)
        {
            o.WriteLine(verb == "Rebuilt"
                ? "Cancelled: the previous index is unchanged; run reindex again to rebuild."
                : "Cancelled: what was read is committed; run the same command again to finish.");
        }

        foreach (var (reason, count) in s.SkippedByReason)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  skipped {count} × {reason}"));
        }

        foreach (var skipped in s.Skipped.Take(20))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {skipped.Path}{(skipped.Line is { } line ? ":" + line : "")}: {skipped.Reason}"));
        }

        if (s.Skipped.Count > 20)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    … and {s.Skipped.Count - 20} more (see --json for all)"));
        }
    }

    public static void Statistics(IndexStatistics stats)
    {
        var o = Console.Out;
        o.WriteLine($"Index:     {stats.Path}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Documents: {stats.Documents}"));
        o.WriteLine($"Dates:     {SearchJson.IsoDate(stats.From) ?? "-"} to {SearchJson.IsoDate(stats.To) ?? "-"}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Size:      {stats.SizeBytes / 1024.0 / 1024.0:0.0} MB"));
        o.WriteLine(stats.LastReceived is { } received
            ? string.Create(CultureInfo.InvariantCulture, $"Received:  {received.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z ({Ago(DateTimeOffset.UtcNow - received)} ago)")
            : "Received:  -");
        o.WriteLine(IndexFormat.IsCurrent(stats.FormatVersion)
            ? string.Create(CultureInfo.InvariantCulture, $"Format:    {stats.FormatVersion} (current)")
            : string.Create(CultureInfo.InvariantCulture, $"Format:    {IndexFormat.Describe(stats.FormatVersion)} (this version writes {IndexFormat.Current}; run reindex to refresh)"));
        o.WriteLine($"Version:   newssearch {NewsSearchEngine.Version}");
        o.WriteLine("Sources:");
        foreach (var (source, count) in stats.Sources)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8}  {source}"));
        }
    }

    /// <summary>"42 s", "7 min", "3 h", "2 days".</summary>
    internal static string Ago(TimeSpan span) => span.TotalSeconds switch
    {
        < 90 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, span.TotalSeconds):0} s"),
        < 5400 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min"),
        < 172800 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0} days"),
    };
}
