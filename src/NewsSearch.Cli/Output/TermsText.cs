using System.Globalization;
using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Cli.Output;

/// <summary><c>terms</c> as text: one line per term with its matching and background articles and a bar of its score.</summary>
internal static class TermsText
{
    private const int BarWidth = 20;

    public static void Write(TextWriter o, TermsResults results)
    {
        foreach (var notice in results.Notices)
        {
            o.WriteLine(Terminal.Paint("note: " + notice, Terminal.Dim));
        }

        var sample = results.Sampled < results.Matches
            ? Invariant($"; words found in the {results.Sampled} best-ranked of them, counted in all")
            : "";
        o.WriteLine(Terminal.Paint(Invariant($"\"{results.Query}\""), Terminal.Bold)
            + Terminal.Paint(Invariant($": {results.Matches} matching article{(results.Matches == 1 ? "" : "s")} of {results.Background}{sample}"), Terminal.Dim));
        if (results.Terms.Count == 0)
        {
            o.WriteLine(results.Matches == 0 ? "No article matches." : "No word stands out.");
            return;
        }

        var width = Math.Min(results.Terms.Max(t => t.Term.Length), 32);
        var max = results.Terms.Max(t => t.Score);
        o.WriteLine(Terminal.Paint(Invariant($"{"term".PadRight(width)}  {"matches",8}  {"in index",9}  score"), Terminal.Dim));
        foreach (var term in results.Terms)
        {
            var label = term.Term.Length > width ? term.Term[..(width - 1)] + "…" : term.Term;
            o.WriteLine(Invariant($"{label.PadRight(width)}  {term.Matches,8}  {term.Background,9}  ")
                + Terminal.Paint(Sparkline.Bar(term.Score, max, BarWidth), Terminal.Accent) + Invariant($" {term.Score:0.##}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
