namespace NewsSearch.Search.Evaluation;

/// <summary>The standard ranking measures for one query: a ranked list of document ids scored against graded judgments
/// (grade &gt; 0 is relevant). Gains are linear in the grade, as in <c>trec_eval</c>.</summary>
public static class RankingMetrics
{
    /// <summary>Normalised discounted cumulative gain at <paramref name="k"/>: the gain of the first k hits discounted by
    /// log2(rank + 1), divided by that of the ideal ordering of all judged documents. 0 when nothing is relevant.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(judgments, ranked[i]) / Math.Log2(i + 2);
        }

        var ideal = judgments.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>Reciprocal rank of the first relevant hit within the first <paramref name="k"/>, else 0.</summary>
    public static double ReciprocalRankAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (Gain(judgments, ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>The share of all relevant documents found within the first <paramref name="k"/> hits. 0 when nothing is relevant.</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        var relevant = judgments.Values.Count(g => g > 0);
        if (relevant == 0)
        {
            return 0;
        }

        var found = ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => Gain(judgments, id) > 0);
        return (double)found / relevant;
    }

    /// <summary>The share of relevant hits among the first <paramref name="k"/> ranks (missing ranks count as not relevant).</summary>
    public static double PrecisionAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return k <= 0 ? 0 : (double)ranked.Take(k).Count(id => Gain(judgments, id) > 0) / k;
    }

    private static int Gain(IReadOnlyDictionary<string, int> judgments, string id) =>
        judgments.TryGetValue(id, out var grade) && grade > 0 ? grade : 0;
}
