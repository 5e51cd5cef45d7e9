namespace NewsSearch.IntegrationTests;

/// <summary>The real <c>newssearch console</c> with stdin redirected: one query or command per line, plain output.</summary>
public sealed class ConsolePipedTests : IDisposable
{
    private static readonly IDictionary<string, string?> NoEnvironment = new Dictionary<string, string?>();
    private readonly TempFolder _folder = new(withSeeds: true);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Piping_a_query_then_open_1_prints_the_seed_article_then_its_full_text_and_exits_0()
    {
        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, "IA responsable\n:open 1\n:quit\n", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("indexing ./seeds first", result.Stderr);
        var listed = result.Stdout.IndexOf("  1. Intelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA", StringComparison.Ordinal);
        var opened = result.Stdout.IndexOf("\nIntelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA\nL'opinion · 2023-10-24 · 000_fd615342fcc12f0f\n", StringComparison.Ordinal);
        var body = result.Stdout.IndexOf("Le Maroc réaffirme sa détermination à consolider son rôle", StringComparison.Ordinal);
        var end = result.Stdout.IndexOf("nous devons être prêts à relever ces défis", StringComparison.Ordinal);
        Assert.True(listed >= 0 && listed < opened && opened < body && body < end, result.Stdout);
    }

    [Fact]
    public async Task Explain_similar_and_facets_answer_from_the_engine()
    {
        _folder.File("seeds/autre.txt", "Le sport au Maroc\nPublié dans Le Matin le 02 - 11 - 2023\nLe Maroc prépare la Coupe d'Afrique des nations et ses stades.\n");

        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, "Maroc\n:explain\n:similar 1\n:facets\n:quit\n", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("not available", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Explanations on.", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n\s+\d+\.\d+: (title|body):maroc", result.Stdout);
        Assert.Contains("Articles like ", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"sources\n\s+1\s+L'opinion\n\s+1\s+Le Matin|sources\n\s+1\s+Le Matin\n\s+1\s+L'opinion", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Piped_output_has_no_prompt_and_no_colour_even_without_NO_COLOR()
    {
        var history = Path.Combine(_folder.Path, "history");
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = null, ["NEWSSEARCH_HISTORY"] = history };

        var result = await Cli.RunAsync(_folder.Path, environment, "IA responsable\n:open 1\n:facets\n:help\n", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches("^1 result for \"IA responsable\", showing 1-1, page 1/1 \\(\\d+ ms\\)\n", result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout + result.Stderr);
        Assert.DoesNotContain("newssearch>", result.Stdout);
        Assert.False(File.Exists(history), "scripted lines are not kept in the history");
    }

    [Fact]
    public async Task End_of_input_without_quit_leaves_with_exit_code_0()
    {
        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, "IA responsable", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 result for \"IA responsable\"", result.Stdout);
    }

    [Fact]
    public async Task Hostile_lines_never_end_the_session_and_every_bad_one_gets_a_sentence()
    {
        var lines = ConsoleTestKit.HostileLines(seed: 5, count: 300).Concat([":clear", "IA responsable", ":open 1"]);

        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, string.Join('\n', lines) + "\n", "console");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("unexpected", result.Stderr);
        Assert.DoesNotContain(" at NewsSearch", result.Stderr);
        Assert.Contains("error: unknown command", result.Stderr);
        var last = result.Stdout.LastIndexOf("1 result for \"IA responsable\"", StringComparison.Ordinal);
        Assert.True(last >= 0 && result.Stdout.IndexOf("Le Maroc réaffirme", last, StringComparison.Ordinal) > last, result.Stdout[^2000..]);
    }

    [Fact]
    public async Task Index_option_chooses_the_index_the_console_searches()
    {
        _folder.File("other/climat.jsonl", "{\"id\":\"c1\",\"title\":\"Sommet sur le climat\",\"body\":\"Le climat au centre des débats.\",\"source\":\"Le Matin\",\"published\":\"2020-01-02\"}\n");
        var indexed = await Cli.RunAsync(_folder.Path, "index", "--source", "other", "--index", "other-index");
        Assert.Equal(0, indexed.ExitCode);

        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, "climat\nIA responsable\n", "console", "--index", "other-index");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 result for \"climat\"", result.Stdout);
        Assert.Contains("Le Matin · 2020-01-02 · c1", result.Stdout);
        Assert.Contains("0 results for \"IA responsable\"", result.Stdout);
    }

    [Fact]
    public async Task An_index_path_that_is_a_file_fails_with_one_sentence_and_exit_code_1()
    {
        var file = _folder.File("not-an-index", "just a file");

        var result = await Cli.RunAsync(_folder.Path, NoEnvironment, "climat\n", "console", "--index", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.DoesNotContain(" at ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_read_as_replacement_characters_and_the_next_line_still_runs()
    {
        using var console = ConsoleProcess.Piped(_folder.Path);
        var stdin = new byte[] { 0xff, 0xfe, 0xc3, 0x28, (byte)'\n', 0x00, (byte)'\n' }.Concat("IA responsable\n"u8.ToArray()).ToArray();

        console.SendBytes(stdin);
        console.CloseInput();

        Assert.Equal(0, await console.ExitCodeAsync());
        Assert.Contains("1 result for \"IA responsable\"", console.Output);
    }

    [Fact]
    public async Task Ctrl_C_between_searches_does_not_end_the_session()
    {
        using var console = ConsoleProcess.Piped(_folder.Path);
        console.Send("IA responsable\n");
        var at = await console.WaitForAsync("1 result for \"IA responsable\"");

        console.Interrupt();
        at = await console.WaitForAsync("Ctrl+C: no search is running (Ctrl+D or :quit leaves).", at);
        console.Send("éthique\n");
        await console.WaitForAsync("result for \"éthique\"", at);
        console.Send(":quit\n");

        Assert.Equal(0, await console.ExitCodeAsync());
    }
}
