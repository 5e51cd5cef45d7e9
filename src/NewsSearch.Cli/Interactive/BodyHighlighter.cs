using Lucene.Net.Analysis.TokenAttributes;
using NewsSearch.Analysis;

namespace NewsSearch.Cli.Interactive;

/// <summary>Finds the words of an article that match a query, the way the index matches them: both go through the
/// same French analysis, so "responsables" or "éthique" in the text are found for "responsable" or "ethique".</summary>
internal static class BodyHighlighter
{
    private static readonly FrenchNewsAnalyzer Analyzer = new();
    private static readonly HashSet<string> Operators = ["AND", "OR", "NOT"];

    /// <summary>The analysed terms of the words a query looks for (excluded words, operators and field names left out).</summary>
    public static IReadOnlySet<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new HashSet<string>();
        }

        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.StartsWith('-') && !Operators.Contains(w))
            .Select(w => w.Contains(':', StringComparison.Ordinal) ? w[(w.IndexOf(':', StringComparison.Ordinal) + 1)..] : w);
        lock (Analyzer)
        {
            return Analyzer.Tokens(string.Join(' ', words)).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Where the words of <paramref name="text"/> whose analysed form is one of <paramref name="terms"/> are.</summary>
    public static IReadOnlyList<Range> Matches(string text, IReadOnlySet<string> terms)
    {
        var matches = new List<Range>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return matches;
        }

        lock (Analyzer)
        {
            using var stream = Analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (terms.Contains(term.ToString()))
                {
                    matches.Add(new Range(offset.StartOffset, offset.EndOffset));
                }
            }

            stream.End();
        }

        return matches;
    }
}
