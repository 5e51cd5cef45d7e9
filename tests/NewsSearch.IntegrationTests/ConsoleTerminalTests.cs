namespace NewsSearch.IntegrationTests;

/// <summary>The real <c>newssearch console</c> in a pseudo-terminal (util-linux <c>script</c>): keys typed, screen read.</summary>
public sealed class ConsoleTerminalTests : IDisposable
{
    private const string Up = "\u001b[A";
    private const string Left = "\u001b[D";
    private const string Prompt = "newssearch> ";
    private readonly TempFolder _folder = new(withSeeds: true);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Typing_at_the_terminal_searches_in_colour_recalls_history_across_sessions_pages_an_article_and_leaves_on_ctrl_D()
    {
        var history = _folder.File("history", "éthique\n");
        var environment = new Dictionary<string, string>
        {
            ["TERM"] = "xterm",
            ["NO_COLOR"] = "",
            ["NEWSSEARCH_HISTORY"] = history,
        };
        using var console = ConsoleProcess.InTerminal(_folder.Path, environment);

        var at = await console.WaitForAsync(Prompt);

        // A query with a typo fixed by moving left: the results are in colour, the matched words highlighted.
        console.Send("IA responsble" + Left + Left + Left + "a\r");
        at = await console.WaitForAsync("1 result for \"IA responsable\"", at);
        at = await console.WaitForAsync("\u001b[1;33mIA\u001b[0m", at);
        at = await console.WaitForAsync(Prompt, at);

        // Up twice reaches the line typed in an earlier session (from the history file).
        console.Send(Up + Up + "\r");
        at = await console.WaitForAsync("result for \"éthique\"", at);
        at = await console.WaitForAsync(Prompt, at);

        // The article is longer than the screen: the pager stops after a screenful; q goes back to the prompt.
        console.Send(":open 1\r");
        at = await console.WaitForAsync("Space for more", at);
        Assert.DoesNotContain("nous devons être prêts à relever ces défis", console.Output[at..]);
        console.Send("q");
        at = await console.WaitForAsync(Prompt, at);

        // Ctrl+C drops the line being typed; Ctrl+D on an empty line leaves with exit code 0.
        console.Send("abandon\u0003");
        at = await console.WaitForAsync("^C", at);
        await console.WaitForAsync(Prompt, at);
        console.Send("\u0004");

        Assert.Equal(0, await console.ExitCodeAsync());
        Assert.Equal(["éthique", "IA responsable", "éthique", ":open 1"], File.ReadAllLines(history));
    }
}
