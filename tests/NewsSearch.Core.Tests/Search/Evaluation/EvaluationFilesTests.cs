using NewsSearch.Search.Evaluation;

namespace NewsSearch.Core.Tests.Search.Evaluation;

public sealed class EvaluationFilesTests
{
    [Fact]
    public void Query_file_lines_are_split_at_the_first_tab_and_bad_lines_reported()
    {
        var (queries, bad) = EvaluationFiles.ReadQueries(new StringReader("q1\tIA responsable\n\n# comment\nno tab here\nq2\tun\tdeux\n"));

        Assert.Equal([new EvaluationQuery("q1", "IA responsable"), new EvaluationQuery("q2", "un\tdeux")], queries);
        Assert.Equal([new BadLine(4, "expected 'qid<TAB>query'")], bad);
    }

    [Fact]
    public void Qrels_keep_grades_and_report_malformed_lines()
    {
        var (qrels, bad) = EvaluationFiles.ReadQrels(new StringReader("q1 0 a 1\nq1 0 b 2\nq1 0 a 0\nq2 0 c\nq3 0 d x\n"));

        Assert.Equal(0, qrels["q1"]["a"]);
        Assert.Equal(2, qrels["q1"]["b"]);
        Assert.False(qrels.ContainsKey("q2"));
        Assert.Equal([4, 5], bad.Select(b => b.Line));
    }
}
