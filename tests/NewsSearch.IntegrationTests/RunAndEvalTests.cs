using System.Globalization;

namespace NewsSearch.IntegrationTests;

public sealed class RunAndEvalTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public RunAndEvalTests()
    {
        _folder.File("corpus/news.jsonl", string.Join('\n',
            """{"id": "ia", "title": "L'intelligence artificielle à l'hôpital", "body": "Les médecins lisent les radios avec une intelligence artificielle.", "published": "2020-05-01"}""",
            """{"id": "merkel", "title": "Angela Merkel à Paris", "body": "La chancelière Angela Merkel rencontre le président.", "published": "2020-05-02"}""",
            """{"id": "foot", "title": "Coupe d'Afrique des nations", "body": "L'Algérie remporte la finale de la Coupe d'Afrique des nations.", "published": "2019-07-19"}"""));
        _folder.File("queries.tsv", "q1\tIA\nq2\tAngela Merkel\nq3\tCAN finale\nq4\tle la les\nbroken line\n");
        _folder.File("qrels.tsv", "q1 0 ia 1\nq2 0 merkel 1\nq3 0 foot 1\nq3 0 merkel 0\nq4 0 ia 1\n");
    }

    [Fact]
    public async Task Run_prints_trec_lines_and_warns_about_queries_it_cannot_run()
    {
        await Index();

        var run = await Cli.RunAsync(_folder.Path, "run", "--queries", "queries.tsv", "--index", "idx");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.All(lines, l => Assert.Equal(6, l.Length));
        Assert.All(lines, l => Assert.Equal("Q0", l[1]));
        Assert.All(lines, l => Assert.Equal("newssearch", l[5]));
        Assert.All(lines, l => Assert.True(double.TryParse(l[4], NumberStyles.Float, CultureInfo.InvariantCulture, out _), l[4]));
        Assert.Equal(["q1", "Q0", "ia", "1"], lines[0][..4]);
        Assert.Contains(lines, l => l[0] == "q3" && l[2] == "foot" && l[3] == "1");
        Assert.DoesNotContain(lines, l => l[0] == "q4");
        Assert.Contains("q4", run.Stderr);
        Assert.Contains("queries.tsv:5", run.Stderr);
    }

    [Fact]
    public async Task Run_as_json_lines_gives_one_object_per_query()
    {
        await Index();

        var run = await Cli.RunAsync(_folder.Path, "run", "--queries", "queries.tsv", "--index", "idx", "--format", "jsonl", "--top", "1");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("{\"qid\":\"q1\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ia\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_prints_the_four_measures_on_its_last_line()
    {
        await Index();

        var eval = await Cli.RunAsync(_folder.Path, "eval", "--queries", "queries.tsv", "--qrels", "qrels.tsv", "--index", "idx", "--per-query");

        Assert.Equal(0, eval.ExitCode);
        var lines = eval.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // q1-q3 find their article first; q4 (stop words only) finds nothing: means are 3/4.
        Assert.Equal("ndcg@10=0.7500 mrr@10=0.7500 recall@100=0.7500 p@1=0.7500", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("q4\tndcg@10=0.0000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_with_a_missing_qrels_file_is_a_usage_error()
    {
        var eval = await Cli.RunAsync(_folder.Path, "eval", "--queries", "queries.tsv", "--qrels", "nope.tsv", "--index", "idx");

        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("nope.tsv", eval.Stderr);
    }

    public void Dispose() => _folder.Dispose();

    private async Task Index()
    {
        var index = await Cli.RunAsync(_folder.Path, "index", "--source", "corpus", "--index", "idx");
        Assert.Equal(0, index.ExitCode);
    }
}
