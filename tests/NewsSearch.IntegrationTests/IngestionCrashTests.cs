using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.IntegrationTests;

public sealed partial class IngestionCrashTests
{
    private const int Articles = 3000;

    public enum KillPoint
    {
        AtStart,
        AtFirstProgress,
        AfterFirstCommit,
        AfterThirdCommit,
    }

    [Theory]
    [InlineData(KillPoint.AtStart)]
    [InlineData(KillPoint.AtFirstProgress)]
    [InlineData(KillPoint.AfterFirstCommit)]
    [InlineData(KillPoint.AfterThirdCommit)]
    public async Task Index_killed_with_sigkill_leaves_an_index_that_opens_checks_clean_keeps_its_commits_and_the_next_run_completes(KillPoint point)
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "in"), files: 3, perFile: Articles / 3, sentences: 3);
        var indexPath = Path.Combine(folder.Path, "idx");
        var committed = await RunAndKillAsync(folder.Path, point, "index", "--source", "in", "--index", "idx", "--commit-every", "400", "--verbose");

        if (Directory.Exists(indexPath) && Directory.GetFiles(indexPath, "segments_*").Length > 0)
        {
            var count = IngestionSupport.CheckAndCount(indexPath);
            Assert.InRange(count, committed, Articles);
        }

        var rerun = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal(Articles, rerun.GetProperty("documents").GetInt32());
        Assert.Equal(Articles, IngestionSupport.CheckAndCount(indexPath));
        var again = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((0, Articles, Articles), (again.GetProperty("filesRead").GetInt32(), again.GetProperty("unchanged").GetInt32(), again.GetProperty("documents").GetInt32()));
    }

    [Fact]
    public async Task Reindex_killed_with_sigkill_leaves_the_previous_index_whole()
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "in"), files: 3, perFile: Articles / 3, sentences: 3);
        var indexPath = Path.Combine(folder.Path, "idx");
        IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        await RunAndKillAsync(folder.Path, KillPoint.AtFirstProgress, "reindex", "--source", "in", "--index", "idx", "--verbose");

        Assert.Equal(Articles, IngestionSupport.CheckAndCount(indexPath));
        var rebuilt = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "reindex", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((Articles, Articles), (rebuilt.GetProperty("added").GetInt32(), rebuilt.GetProperty("documents").GetInt32()));
        Assert.Equal(Articles, IngestionSupport.CheckAndCount(indexPath));
    }

    /// <summary>Starts the command, kills it (SIGKILL) at the point, and returns how many articles it had said were committed.</summary>
    private static async Task<int> RunAndKillAsync(string workingDirectory, KillPoint point, params string[] args)
    {
        using var process = Cli.Start(workingDirectory, null, args);
        _ = process.StandardOutput.ReadToEndAsync();
        var log = new StringBuilder();
        var committed = 0;
        var commits = 0;
        var wanted = point switch { KillPoint.AfterFirstCommit => 1, KillPoint.AfterThirdCommit => 3, _ => 0 };
        if (point != KillPoint.AtStart)
        {
            var line = await IngestionSupport.WaitForLineAsync(process, l =>
            {
                if (CommitLine().Match(l) is { Success: true } m)
                {
                    committed = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    commits++;
                }

                return point == KillPoint.AtFirstProgress ? l.StartsWith("indexing:", StringComparison.Ordinal) : commits == wanted;
            }, log);
            Assert.True(line is not null, "the run ended before the kill point:\n" + log);
        }

        process.Kill();
        await process.WaitForExitAsync();
        return committed;
    }

    [GeneratedRegex(@"Committed after (\d+) articles")]
    private static partial Regex CommitLine();
}
