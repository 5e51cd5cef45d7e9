using NewsSearch.Search.Evaluation;

namespace NewsSearch.Core.Tests.Search.Evaluation;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> TwoRelevant = new() { ["a"] = 1, ["b"] = 1, ["z"] = 0 };

    [Fact]
    public void Ndcg_of_an_ideal_ranking_is_one()
    {
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["a", "b", "x"], TwoRelevant, 10), 6);
    }

    [Fact]
    public void Ndcg_discounts_relevant_hits_by_log2_of_rank_plus_one()
    {
        // Relevant at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606;
        // ideal (ranks 1 and 2) = 1 + 0.630930 = 1.630930; nDCG = 0.650918.
        Assert.Equal(0.650918, RankingMetrics.NdcgAt(["x", "a", "y", "b"], TwoRelevant, 10), 5);
    }

    [Fact]
    public void Ndcg_uses_grades_as_linear_gains()
    {
        var graded = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 };
        // b then a: DCG = 1 + 2/log2(3) = 2.261860; ideal a then b = 2 + 1/log2(3) = 2.630930; nDCG = 0.859719.
        Assert.Equal(0.859719, RankingMetrics.NdcgAt(["b", "a"], graded, 10), 5);
    }

    [Fact]
    public void Ndcg_ignores_hits_beyond_k()
    {
        Assert.Equal(0.0, RankingMetrics.NdcgAt(["x", "y", "a"], TwoRelevant, 2));
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_first_relevant_rank()
    {
        Assert.Equal(1.0 / 3, RankingMetrics.ReciprocalRankAt(["x", "z", "b", "a"], TwoRelevant, 10), 6);
        Assert.Equal(0.0, RankingMetrics.ReciprocalRankAt(["x", "z", "b"], TwoRelevant, 2));
    }

    [Fact]
    public void Recall_is_the_share_of_relevant_documents_found()
    {
        Assert.Equal(0.5, RankingMetrics.RecallAt(["x", "b", "b"], TwoRelevant, 100), 6);
        Assert.Equal(0.0, RankingMetrics.RecallAt(["a"], new Dictionary<string, int>(), 100));
    }

    [Fact]
    public void Precision_at_one_reads_only_the_first_hit()
    {
        Assert.Equal(1.0, RankingMetrics.PrecisionAt(["a", "x"], TwoRelevant, 1));
        Assert.Equal(0.0, RankingMetrics.PrecisionAt(["x", "a"], TwoRelevant, 1));
        Assert.Equal(0.0, RankingMetrics.PrecisionAt([], TwoRelevant, 1));
    }

    [Fact]
    public void Report_averages_judged_queries_and_scores_a_missing_run_as_zero()
    {
        IReadOnlyList<EvaluationQuery> queries = [new("q1", "un"), new("q2", "deux"), new("q3", "sans jugement")];
        var runs = new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["a"] };
        var qrels = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["q1"] = new Dictionary<string, int> { ["a"] = 1 },
            ["q2"] = new Dictionary<string, int> { ["b"] = 1 },
        };

        var report = EvaluationReport.Score(queries, runs, qrels);

        Assert.Equal(["q1", "q2"], report.Queries.Select(q => q.QueryId));
        Assert.Equal(["q3"], report.Unjudged);
        Assert.Equal(new QueryScores(0.5, 0.5, 0.5, 0.5), report.Mean);
    }
}
