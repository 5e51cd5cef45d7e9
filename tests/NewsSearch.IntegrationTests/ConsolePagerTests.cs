using NewsSearch.Cli.Interactive;

namespace NewsSearch.IntegrationTests;

/// <summary>The terminal pager driven by scripted keys.</summary>
public sealed class ConsolePagerTests
{
    private static readonly string[] Lines = Enumerable.Range(1, 30).Select(i => $"ligne {i}").ToArray();

    [Fact]
    public void A_screenful_is_shown_then_space_shows_the_next_one()
    {
        var screen = Show(12, ' ', ' ');

        Assert.Contains("ligne 10\n-- 10/30 lines", screen);
        Assert.Contains("ligne 20\n-- 20/30 lines", screen);
        Assert.EndsWith("ligne 30\n", screen);
    }

    [Fact]
    public void Enter_shows_one_more_line()
    {
        var screen = Show(12, '\r', 'q');

        Assert.Contains("ligne 11\n-- 11/30 lines", screen);
        Assert.DoesNotContain("ligne 12", screen);
    }

    [Theory]
    [InlineData('q')]
    [InlineData('\u001b')]
    [InlineData('\u0003')]
    public void Q_escape_or_ctrl_C_stop_the_article(char key)
    {
        var screen = Show(12, key);

        Assert.Contains("ligne 10\n", screen);
        Assert.DoesNotContain("ligne 11", screen);
    }

    [Fact]
    public void A_text_shorter_than_the_screen_is_shown_without_waiting()
    {
        using var output = new StringWriter();

        new TerminalPager(output, new Keys([]), () => 40, new ConsoleView(output, output, colour: false)).Show(Lines);

        Assert.DoesNotContain("--", output.ToString());
    }

    private static string Show(int height, params char[] keys)
    {
        using var output = new StringWriter();
        var keyInfos = keys.Select(c => new ConsoleKeyInfo(c, c switch
        {
            'q' => ConsoleKey.Q,
            '\r' => ConsoleKey.Enter,
            '\u001b' => ConsoleKey.Escape,
            ' ' => ConsoleKey.Spacebar,
            _ => ConsoleKey.C,
        }, false, false, c == '\u0003'));

        new TerminalPager(output, new Keys(keyInfos), () => height, new ConsoleView(output, output, colour: false)).Show(Lines);

        return output.ToString().ReplaceLineEndings("\n").Replace("\r\u001b[K", "\n", StringComparison.Ordinal);
    }

    private sealed class Keys(IEnumerable<ConsoleKeyInfo> keys) : IKeySource
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new(keys);

        public ConsoleKeyInfo ReadKey() => _keys.Count > 0 ? _keys.Dequeue() : throw new InvalidOperationException("the pager read past the scripted keys");
    }
}
