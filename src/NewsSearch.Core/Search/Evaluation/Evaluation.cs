namespace NewsSearch.Search.Evaluation;

/// <summary>The measures of one query, or their means over a set.</summary>
/// <param name="Ndcg10">nDCG@10.</param>
/// <param name="Mrr10">Reciprocal rank at 10.</param>
/// <param name="Recall100">Recall@100.</param>
/// <param name="P1">Precision at 1.</param>
public sealed record QueryScores(double Ndcg10, double Mrr10, double Recall100, double P1);

/// <summary>The scores of one query of an evaluation.</summary>
/// <param name="QueryId">The query id.</param>
/// <param name="Scores">Its measures.</param>
public sealed record QueryEvaluation(string QueryId, QueryScores Scores);

/// <summary>An evaluation: per-query scores and their means. Only queries that have a relevant document in the qrels count.</summary>
public sealed record EvaluationReport
{
    /// <summary>The scored queries, in the order of the query file.</summary>
    public required IReadOnlyList<QueryEvaluation> Queries { get; init; }

    /// <summary>Means over <see cref="Queries"/> (all zero when there are none).</summary>
    public required QueryScores Mean { get; init; }

    /// <summary>Ids of queries that were skipped because the qrels hold no relevant document for them.</summary>
    public IReadOnlyList<string> Unjudged { get; init; } = [];

    /// <summary>Scores ranked lists against qrels. A judged query with no ranked list (it could not be run) scores 0.</summary>
    public static EvaluationReport Score(
        IReadOnlyList<EvaluationQuery> queries,
        IReadOnlyDictionary<string, IReadOnlyList<string>> runs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> qrels)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(qrels);
        var scored = new List<QueryEvaluation>();
        var unjudged = new List<string>();
        foreach (var query in queries)
        {
            if (!qrels.TryGetValue(query.Id, out var judged) || !judged.Values.Any(g => g > 0))
            {
                unjudged.Add(query.Id);
                continue;
            }

            var ranked = runs.TryGetValue(query.Id, out var list) ? list : [];
            scored.Add(new QueryEvaluation(query.Id, new QueryScores(
                RankingMetrics.NdcgAt(ranked, judged, 10),
                RankingMetrics.ReciprocalRankAt(ranked, judged, 10),
                RankingMetrics.RecallAt(ranked, judged, 100),
                RankingMetrics.PrecisionAt(ranked, judged, 1))));
        }

        var mean = scored.Count == 0
            ? new QueryScores(0, 0, 0, 0)
            : new QueryScores(
                scored.Average(q => q.Scores.Ndcg10),
                scored.Average(q => q.Scores.Mrr10),
                scored.Average(q => q.Scores.Recall100),
                scored.Average(q => q.Scores.P1));
        return new EvaluationReport { Queries = scored, Mean = mean, Unjudged = unjudged };
    }
}
