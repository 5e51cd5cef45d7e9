using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary><c>newssearch export</c> driven as a process: files read back with Python's csv module, atomic output
/// under kills, and the shared corpus check when the corpus is present.</summary>
public sealed class ExportCliTests(ExportCliTests.Corpus corpus) : IClassFixture<ExportCliTests.Corpus>
{
    /// <summary>Titles a CSV must carry through: quotes, commas, line breaks, formula prefixes.</summary>
    public static readonly string[] HardTitles =
    [
        "Le \"grand\" marché, enfin",
        "Marché : ligne un\nligne deux",
        "=SOMME(A1:A9) sur le marché",
        "+15 % pour le marché",
        "-3 % sur le marché, \"déjà\"",
        "@marché en direct",
    ];

    [Fact]
    public async Task A_csv_export_reads_back_with_python_row_for_row_with_hard_titles_intact()
    {
        var result = await Cli.RunAsync(corpus.Path, "export", "marché", "--index", "idx", "--out", "x.csv", "--with-body");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var rows = ReadCsvWithPython(Path.Combine(corpus.Path, "x.csv"));
        Assert.Equal(["id", "title", "source", "published", "url", "score", "snippet", "body"], rows[0]);
        Assert.Equal(corpus.Total, rows.Count - 1);
        var titles = rows.Skip(1).Select(r => r[1].Length > 1 && r[1][0] == '\'' && "=+-@".Contains(r[1][1]) ? r[1][1..] : r[1]).ToHashSet();
        Assert.All(HardTitles, t => Assert.Contains(t, titles));
        Assert.Empty(Directory.GetFiles(corpus.Path, "*.tmp"));
        Assert.Contains($"Exported {corpus.Total} articles", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_go_to_stdout_one_article_per_line_sorted_by_date_when_asked()
    {
        var result = await Cli.RunAsync(corpus.Path, "export", "marché", "--index", "idx", "--format", "jsonl", "--sort", "date", "--from", "2021-01-01");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var dates = lines.Select(l => l.GetProperty("published").GetString()!).ToList();
        Assert.NotEmpty(lines);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, "2021-01-01") >= 0, d));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Empty(result.Stderr);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--from", "hier")]
    [InlineData("--sort", "titre")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var result = await Cli.RunAsync(corpus.Path, "export", "marché", "--index", "idx", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task An_output_folder_that_does_not_exist_is_one_clear_error()
    {
        var result = await Cli.RunAsync(corpus.Path, "export", "marché", "--index", "idx", "--out", "nowhere/x.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: Cannot write nowhere/x.csv: the folder", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(corpus.Path, "nowhere")));
    }

    [Fact]
    public async Task An_export_killed_mid_way_leaves_no_file_under_the_final_name_and_an_earlier_file_untouched()
    {
        var output = Path.Combine(corpus.Path, "killed", "x.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(Path.Combine(corpus.Path, "killed", "earlier.csv"), "id\r\n");

        await StopMidWayAsync(sigterm: false, "killed/x.csv", () => File.Delete(output));

        Assert.False(File.Exists(output));
        Assert.Equal("id\r\n", File.ReadAllText(Path.Combine(corpus.Path, "killed", "earlier.csv")));
    }

    [Fact]
    public async Task An_export_stopped_by_sigterm_removes_its_temporary_file_and_keeps_the_previous_export()
    {
        var output = Path.Combine(corpus.Path, "stopped", "x.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "previous\r\n");

        var exit = await StopMidWayAsync(sigterm: true, "stopped/x.csv", () => File.WriteAllText(output, "previous\r\n"));

        Assert.Equal(1, exit);
        Assert.Equal("previous\r\n", File.ReadAllText(output));
        Assert.Equal(["x.csv"], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task On_the_shared_corpus_a_coronavirus_export_has_as_many_rows_as_search_counts()
    {
        if (TempFolder.SharedCorpus is not { } shared)
        {
            return; // The corpus lives beside the repository on the development and CI machines; elsewhere there is nothing to check.
        }

        using var folder = new TempFolder();
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, "index", "--source", shared, "--index", "idx", "--json")).ExitCode);

        var export = await Cli.RunAsync(folder.Path, "export", "coronavirus", "--index", "idx", "--format", "csv", "--out", "x.csv");
        var search = await Cli.RunAsync(folder.Path, "search", "coronavirus", "--index", "idx", "--no-collapse", "--json", "--top", "1");

        Assert.True(export.ExitCode == 0, export.Stderr);
        var total = JsonDocument.Parse(search.Stdout).RootElement.GetProperty("total").GetInt32();
        var rows = ReadCsvWithPython(Path.Combine(folder.Path, "x.csv"));
        Assert.True(total > 1000, $"total {total}");
        Assert.Equal(total, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(7, r.Length));
        Assert.Equal(total, rows.Skip(1).Select(r => r[0]).Distinct().Count());
    }

    /// <summary>Stops an export mid-way (<see cref="RunAndStopMidWayAsync"/>) and returns its exit code. On a busy
    /// machine the export may finish its last rows before the signal lands: then the folder is set back with
    /// <paramref name="reset"/> and the export run again, a few times at most.</summary>
    private async Task<int> StopMidWayAsync(bool sigterm, string output, Action reset)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await RunAndStopMidWayAsync(sigterm, output) is { } exit)
            {
                return exit;
            }

            Assert.True(attempt < 5, "the export finished before every signal, five times");
            reset();
        }
    }

    /// <summary>Starts a large export into <paramref name="output"/>, waits until it has written its first rows (the
    /// --verbose progress line says how many of how many), stops it, and returns its exit code, or <c>null</c> when it
    /// had already finished.</summary>
    private async Task<int?> RunAndStopMidWayAsync(bool sigterm, string output)
    {
        using var process = Cli.Start(corpus.Path, null, "export", "marché", "--index", "idx", "--out", output, "--with-body", "--verbose");
        _ = process.StandardOutput.ReadToEndAsync();
        var log = new StringBuilder();
        var line = await IngestionSupport.WaitForLineAsync(process, l => l.Contains("Exported 1024 of", StringComparison.Ordinal), log);
        Assert.True(line is not null, "the export ended before its first 1,024 rows:\n" + log);
        Assert.DoesNotContain($"of 1024 articles", line, StringComparison.Ordinal);
        if (sigterm)
        {
            Kill(process.Id, 15);
        }
        else if (!process.HasExited)
        {
            process.Kill();
        }

        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        // A finished export exits 0; a stopped one 1 (SIGTERM) or by the signal.
        return process.ExitCode == 0 ? null : process.ExitCode;
    }

    /// <summary>Reads a CSV file with Python's csv module (the reader researchers use), as a list of records.</summary>
    internal static List<string[]> ReadCsvWithPython(string path)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8') as f:\n    json.dump(list(csv.reader(f, strict=True)), sys.stdout)");
        info.ArgumentList.Add(path);
        using var python = Process.Start(info)!;
        var stdout = python.StandardOutput.ReadToEnd();
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, "python's csv module could not read the file: " + stderr);
        return JsonSerializer.Deserialize<List<string[]>>(stdout)!;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>6,000 generated articles that all say "marché" (among them the hard titles), indexed once for the class.</summary>
    public sealed class Corpus : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Corpus()
        {
            IngestionSupport.WriteCorpus(System.IO.Path.Combine(Path, "in"), files: 2, perFile: 3000, sentences: 4);
            var hard = HardTitles.Select((t, i) => JsonSerializer.Serialize(new { id = $"hard-{i}", title = t, body = $"Le marché, vu par l'article {i} : \"citation\", virgules.", source = "Générateur", published = "2022-05-0" + (i + 1) }));
            File.WriteAllText(System.IO.Path.Combine(Path, "in", "hard.jsonl"), string.Join('\n', hard) + "\n");
            var result = Cli.RunAsync(Path, "index", "--source", "in", "--index", "idx", "--json").GetAwaiter().GetResult();
            Assert.True(result.ExitCode == 0, result.Stderr);
            Total = 6000 + HardTitles.Length;
        }

        public string Path => _folder.Path;

        public int Total { get; }

        public void Dispose() => _folder.Dispose();
    }
}
