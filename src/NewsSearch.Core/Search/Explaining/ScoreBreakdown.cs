using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Search;

namespace NewsSearch.Search.Explaining;

/// <summary>Turns Lucene's score explanation (a deep tree) into one line: the score, the term matches that
/// contributed (summed per term, largest first) and the factors applied on top, e.g.
/// <c>7.31: title:ia 3.10, body:ia 2.05, body:responsabl 1.01 (+2.10 top-hit bonus, ×1.42 recency)</c>. Term parts are before Lucene's
/// coordination factors, so they need not add up to the score.</summary>
internal static partial class ScoreBreakdown
{
    private const int MaxParts = 6;

    public static string Summarize(Explanation explanation)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        var factors = new List<string>();
        Walk(explanation, terms, factors);
        var parts = terms.OrderByDescending(t => t.Value).ToList();
        var text = string.Join(", ", parts.Take(MaxParts).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:0.00}")));
        if (parts.Count > MaxParts)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {parts.Count - MaxParts} more");
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{explanation.Value:0.00}: {(text.Length > 0 ? text : "no term score")}");
        return factors.Count > 0 ? line + " (" + string.Join(", ", factors) + ")" : line;
    }

    private static void Walk(Explanation node, Dictionary<string, float> terms, List<string> factors)
    {
        var description = node.Description ?? "";
        if (WeightPattern().Match(description) is { Success: true } weight)
        {
            // A term (or phrase) match: its whole subtree is the BM25 detail; report the sum per term.
            var term = weight.Groups[1].Value;
            if (node.Value <= 0)
            {
                return;
            }

            terms[term] = terms.GetValueOrDefault(term) + node.Value;
            return;
        }

        if (description.StartsWith("recency factor", StringComparison.Ordinal))
        {
            factors.Add(string.Create(CultureInfo.InvariantCulture, $"×{node.Value:0.00} recency"));
            return;
        }

        if (description.StartsWith("top-hit bonus", StringComparison.Ordinal))
        {
            if (node.Value > 0)
            {
                factors.Add(string.Create(CultureInfo.InvariantCulture, $"+{node.Value:0.00} top-hit bonus"));
            }

            return;
        }

        foreach (var detail in node.GetDetails() ?? [])
        {
            Walk(detail, terms, factors);
        }
    }

    [GeneratedRegex(@"^weight\((.+?) in \d+\)")]
    private static partial Regex WeightPattern();
}
