using System.Text;

namespace NewsSearch.Cli.Interactive;

/// <summary>Reads a line at a terminal with editing keys: ←/→, Home/End (Ctrl+A/E), Backspace/Delete, Ctrl+U/K/W,
/// ↑/↓ through the history, Tab to complete a command name, Ctrl+C to drop the line, Ctrl+D on an empty line to leave.
/// The line is redrawn on each key; one longer than the screen scrolls sideways around the cursor.</summary>
internal sealed class LineEditor(IKeySource keys, TextWriter output, History history, Func<int> screenWidth, Func<string, IEnumerable<string>> completions)
{
    private readonly StringBuilder _line = new();
    private int _cursor;
    private int _scroll;
    private int _historyIndex;
    private string _draft = "";

    /// <summary>The line typed (also added to the history), "" when dropped with Ctrl+C, <c>null</c> for Ctrl+D.</summary>
    public string? ReadLine(string prompt, string paintedPrompt)
    {
        _line.Clear();
        (_cursor, _scroll, _historyIndex, _draft) = (0, 0, history.Entries.Count, "");
        Render(prompt, paintedPrompt);
        while (true)
        {
            var key = keys.ReadKey();
            var control = key.Modifiers.HasFlag(ConsoleModifiers.Control);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    output.WriteLine();
                    var typed = _line.ToString();
                    history.Add(typed);
                    return typed;
                case ConsoleKey.C when control:
                    output.WriteLine("^C");
                    return "";
                case ConsoleKey.D when control:
                    if (_line.Length == 0)
                    {
                        output.WriteLine();
                        return null;
                    }

                    Delete(_cursor, 1);
                    break;
                case ConsoleKey.LeftArrow or ConsoleKey.B when control || key.Key == ConsoleKey.LeftArrow:
                    _cursor = Math.Max(0, _cursor - 1);
                    break;
                case ConsoleKey.RightArrow or ConsoleKey.F when control || key.Key == ConsoleKey.RightArrow:
                    _cursor = Math.Min(_line.Length, _cursor + 1);
                    break;
                case ConsoleKey.Home or ConsoleKey.A when control || key.Key == ConsoleKey.Home:
                    _cursor = 0;
                    break;
                case ConsoleKey.End or ConsoleKey.E when control || key.Key == ConsoleKey.End:
                    _cursor = _line.Length;
                    break;
                case ConsoleKey.Backspace:
                    Delete(_cursor - 1, 1);
                    break;
                case ConsoleKey.Delete:
                    Delete(_cursor, 1);
                    break;
                case ConsoleKey.U when control:
                    Delete(0, _cursor);
                    break;
                case ConsoleKey.K when control:
                    Delete(_cursor, _line.Length - _cursor);
                    break;
                case ConsoleKey.W when control:
                    var start = _cursor;
                    while (start > 0 && _line[start - 1] == ' ') { start--; }
                    while (start > 0 && _line[start - 1] != ' ') { start--; }
                    Delete(start, _cursor - start);
                    break;
                case ConsoleKey.UpArrow or ConsoleKey.P when control || key.Key == ConsoleKey.UpArrow:
                    Recall(-1);
                    break;
                case ConsoleKey.DownArrow or ConsoleKey.N when control || key.Key == ConsoleKey.DownArrow:
                    Recall(+1);
                    break;
                case ConsoleKey.Tab:
                    Complete();
                    break;
                default:
                    Insert(key.KeyChar);
                    break;
            }

            Render(prompt, paintedPrompt);
        }
    }

    private void Insert(char c)
    {
        // Control characters (and keys with no character) are not text: they would drive the terminal.
        if (c == '\0' || char.IsControl(c))
        {
            return;
        }

        _line.Insert(_cursor++, c);
    }

    private void Delete(int at, int count)
    {
        if (at < 0 || count <= 0 || at >= _line.Length)
        {
            return;
        }

        count = Math.Min(count, _line.Length - at);
        _line.Remove(at, count);
        if (_cursor > at)
        {
            _cursor = Math.Max(at, _cursor - count);
        }
    }

    private void Recall(int step)
    {
        var entries = history.Entries;
        var next = Math.Clamp(_historyIndex + step, 0, entries.Count);
        if (next == _historyIndex)
        {
            return;
        }

        if (_historyIndex == entries.Count)
        {
            _draft = _line.ToString();
        }

        _historyIndex = next;
        _line.Clear().Append(next == entries.Count ? _draft : entries[next]);
        _cursor = _line.Length;
    }

    private void Complete()
    {
        var text = _line.ToString();
        if (!text.StartsWith(':') || text.Contains(' ', StringComparison.Ordinal) || _cursor != text.Length)
        {
            return;
        }

        var candidates = completions(text).ToList();
        if (candidates.Count == 1)
        {
            _line.Clear().Append(candidates[0]).Append(' ');
            _cursor = _line.Length;
        }
    }

    private void Render(string prompt, string paintedPrompt)
    {
        var room = Math.Max(10, screenWidth() - prompt.Length - 1);
        if (_cursor < _scroll)
        {
            _scroll = _cursor;
        }
        else if (_cursor > _scroll + room)
        {
            _scroll = _cursor - room;
        }

        var visible = _line.ToString(_scroll, Math.Min(room, _line.Length - _scroll));
        output.Write("\r" + paintedPrompt + visible + "\u001b[K");
        var back = visible.Length - (_cursor - _scroll);
        if (back > 0)
        {
            output.Write($"\u001b[{back}D");
        }

        output.Flush();
    }
}
