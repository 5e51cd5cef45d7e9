namespace NewsSearch.Cli.Interactive;

/// <summary>Shows long text (an article): all at once when output is redirected, a screen at a time at a terminal.</summary>
internal interface IPager
{
    void Show(IReadOnlyList<string> lines);
}

/// <summary>Writes every line: for scripts and pipes.</summary>
internal sealed class PlainPager(TextWriter output) : IPager
{
    public void Show(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }
}

/// <summary>A screen at a time, waiting for a key between screens: Space or Enter for more, q, Esc or Ctrl+C to stop.</summary>
internal sealed class TerminalPager(TextWriter output, IKeySource keys, Func<int> screenHeight, ConsoleView view) : IPager
{
    public void Show(IReadOnlyList<string> lines)
    {
        var pageSize = Math.Max(5, screenHeight() - 2);
        for (var shown = 0; shown < lines.Count;)
        {
            var end = Math.Min(lines.Count, shown + pageSize);
            for (; shown < end; shown++)
            {
                output.WriteLine(lines[shown]);
            }

            if (shown == lines.Count)
            {
                break;
            }

            output.Write(view.Paint($"-- {shown}/{lines.Count} lines: Space for more, Enter for one line, q to stop --", Output.Terminal.Accent));
            output.Flush();
            var key = keys.ReadKey();
            output.Write("\r\u001b[K");
            if (key.Key is ConsoleKey.Q or ConsoleKey.Escape || key.KeyChar is '\u0003' or '\u0004')
            {
                break;
            }

            if (key.Key == ConsoleKey.Enter)
            {
                pageSize = 1;
            }
            else
            {
                pageSize = Math.Max(5, screenHeight() - 2);
            }
        }

        output.Flush();
    }
}
