using System.Globalization;

namespace NewsSearch.Search.Evaluation;

/// <summary>One query of an evaluation set.</summary>
/// <param name="Id">The query id (first column).</param>
/// <param name="Text">The query as a person would type it.</param>
public sealed record EvaluationQuery(string Id, string Text);

/// <summary>A line of an input file that could not be read, and why.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record BadLine(int Line, string Reason);

/// <summary>Readers of the evaluation file formats: <c>qid&lt;TAB&gt;query</c> query files and TREC qrels
/// (<c>qid iter docid grade</c>, whitespace-separated). Bad lines are returned, not thrown.</summary>
public static class EvaluationFiles
{
    /// <summary>Reads a query file: one <c>qid&lt;TAB&gt;query</c> per line; blank lines and lines starting with <c>#</c> are ignored.</summary>
    public static (IReadOnlyList<EvaluationQuery> Queries, IReadOnlyList<BadLine> Bad) ReadQueries(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var queries = new List<EvaluationQuery>();
        var bad = new List<BadLine>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                bad.Add(new BadLine(number, "expected 'qid<TAB>query'"));
                continue;
            }

            queries.Add(new EvaluationQuery(line[..tab].Trim(), line[(tab + 1)..]));
        }

        return (queries, bad);
    }

    /// <summary>Reads TREC qrels: <c>qid iter docid grade</c> per line. A document judged twice keeps its last grade.</summary>
    public static (IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Qrels, IReadOnlyList<BadLine> Bad) ReadQrels(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var bad = new List<BadLine>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (parts.Length != 4 || !int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var grade))
            {
                bad.Add(new BadLine(number, "expected 'qid iter docid grade' with an integer grade"));
                continue;
            }

            if (!qrels.TryGetValue(parts[0], out var judged))
            {
                judged = new Dictionary<string, int>(StringComparer.Ordinal);
                qrels[parts[0]] = judged;
            }

            judged[parts[2]] = grade;
        }

        return (qrels.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal), bad);
    }
}
