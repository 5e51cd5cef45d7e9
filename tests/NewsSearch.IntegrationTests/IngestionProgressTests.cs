using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsSearch.Cli.Output;
using NewsSearch.Indexing;

namespace NewsSearch.IntegrationTests;

public sealed class IngestionProgressTests
{
    private static IndexingProgress Sample(double seconds) => new(1500, "/data/fr-news.jsonl", TimeSpan.FromSeconds(seconds))
    {
        BytesRead = 25, TotalBytes = 100, FilesDone = 0, FilesTotal = 2,
    };

    [Fact]
    public void Bar_shows_fraction_rate_and_current_file_within_the_width()
    {
        var bar = ProgressReporter.Bar(Sample(2), 200);
        Assert.Equal("[######------------------]  25%  1500 articles  750/s  fr-news.jsonl", bar);
        Assert.Equal(30, ProgressReporter.Bar(Sample(2), 30).Length);
    }

    [Fact]
    public void Without_a_terminal_progress_is_plain_lines_at_most_once_per_interval()
    {
        var output = new StringWriter();
        using (var reporter = new ProgressReporter(output, terminal: false, TimeSpan.FromSeconds(5)))
        {
            reporter.Report(Sample(0.1));
            reporter.Report(Sample(3));
            reporter.Report(Sample(5.2));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("indexing: 1500 articles (288/s), 25% of 0.0 MB, file 1/2, reading /data/fr-news.jsonl", lines[1]);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void At_a_terminal_the_bar_is_redrawn_in_place_and_cleared_at_the_end()
    {
        var output = new StringWriter();
        using (var reporter = new ProgressReporter(output, terminal: true, TimeSpan.FromSeconds(5)))
        {
            reporter.Report(Sample(1));
            reporter.Report(Sample(2));
        }

        var text = output.ToString();
        Assert.Equal(3, text.Split("\r\u001b[K").Length - 1);
        Assert.EndsWith("\r\u001b[K", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task Ctrl_c_during_index_commits_what_was_read_says_how_to_resume_exits_1_and_the_next_run_finishes()
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "in"), files: 1, perFile: 20_000, sentences: 1);
        var (exit, stdout, stderr) = await InterruptAsync(folder.Path, "-INT", "index", "--source", "in", "--index", "idx");
        Assert.Equal(1, exit);
        Assert.Contains("Run the same index command again to resume", stderr, StringComparison.Ordinal);
        Assert.Contains("Cancelled: what was read is committed", stdout, StringComparison.Ordinal);
        var kept = IngestionSupport.CheckAndCount(Path.Combine(folder.Path, "idx"));
        Assert.InRange(kept, 1, 19_999);
        var rerun = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((20_000 - kept, kept, 20_000), (rerun.GetProperty("added").GetInt32(), rerun.GetProperty("unchanged").GetInt32(), rerun.GetProperty("documents").GetInt32()));
    }

    [Fact]
    public async Task Sigterm_during_reindex_abandons_the_rebuild_keeps_the_previous_index_and_exits_1()
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "old"), files: 1, perFile: 10, sentences: 1);
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "in"), files: 1, perFile: 20_000, sentences: 1, tag: "omega");
        IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "old", "--index", "idx", "--json"));
        var (exit, _, stderr) = await InterruptAsync(folder.Path, "-TERM", "reindex", "--source", "in", "--index", "idx");
        Assert.Equal(1, exit);
        Assert.Contains("the previous index is unchanged", stderr, StringComparison.Ordinal);
        Assert.Equal(10, IngestionSupport.CheckAndCount(Path.Combine(folder.Path, "idx")));
    }

    /// <summary>Runs the command and, once it reports its first article, sends it <paramref name="signal"/>:
    /// <c>-INT</c> as Ctrl+C does, <c>-TERM</c> as a service manager or <c>kill</c> does.</summary>
    private static async Task<(int Exit, string Stdout, string Stderr)> InterruptAsync(string workingDirectory, string signal, params string[] args)
    {
        using var process = Cli.Start(workingDirectory, null, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var log = new StringBuilder();
        var line = await IngestionSupport.WaitForLineAsync(process, l => l.StartsWith("indexing:", StringComparison.Ordinal), log);
        Assert.True(line is not null, "the run ended before reporting progress:\n" + log);
        using (var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        log.Append(await process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, log.ToString());
    }
}
