using NewsSearch.Cli.Interactive;

namespace NewsSearch.IntegrationTests;

/// <summary>The line editor driven by scripted key presses, and the history file.</summary>
public sealed class ConsoleLineEditorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Typed_characters_make_the_line_and_enter_returns_it()
    {
        Assert.Equal("IA responsable", Read([.. Type("IA responsable"), Key(ConsoleKey.Enter)]));
    }

    [Fact]
    public void Arrows_home_end_backspace_and_delete_edit_anywhere_in_the_line()
    {
        var keys = Type("IA respnsable")
            .Concat(Enumerable.Repeat(Key(ConsoleKey.LeftArrow), 6))
            .Concat(Type("o"))
            .Concat([Key(ConsoleKey.Home), Key(ConsoleKey.Delete), Key(ConsoleKey.Delete)])
            .Concat(Type("L'I"))
            .Concat([Key(ConsoleKey.End), Key(ConsoleKey.Backspace)])
            .Concat(Type("es"))
            .Append(Key(ConsoleKey.Enter));

        Assert.Equal("L'I responsables", Read(keys));
    }

    [Fact]
    public void Control_keys_kill_to_start_to_end_and_the_word_before()
    {
        Assert.Equal("", Read([.. Type("abc def"), Ctrl(ConsoleKey.U), Key(ConsoleKey.Enter)]));
        Assert.Equal("ab", Read([.. Type("abc def"), Ctrl(ConsoleKey.A), Ctrl(ConsoleKey.F), Ctrl(ConsoleKey.F), Ctrl(ConsoleKey.K), Key(ConsoleKey.Enter)]));
        Assert.Equal("abc ", Read([.. Type("abc def"), Ctrl(ConsoleKey.W), Key(ConsoleKey.Enter)]));
    }

    [Fact]
    public void Up_and_down_walk_the_history_and_come_back_to_the_line_being_typed()
    {
        var history = new History(null, _ => { });
        history.Add("premier");
        history.Add("second");

        var line = Read([.. Type("brouillon"), Key(ConsoleKey.UpArrow), Key(ConsoleKey.UpArrow), Key(ConsoleKey.UpArrow), Key(ConsoleKey.Enter)], history);
        var back = Read([.. Type("brouillon"), Key(ConsoleKey.UpArrow), Key(ConsoleKey.DownArrow), Key(ConsoleKey.Enter)], history);

        Assert.Equal("premier", line);
        Assert.Equal("brouillon", back);
        Assert.Equal(["premier", "second", "premier", "brouillon"], history.Entries);
    }

    [Fact]
    public void Ctrl_C_drops_the_line_and_ctrl_D_leaves_only_on_an_empty_line()
    {
        Assert.Equal("", Read([.. Type("abc"), Ctrl(ConsoleKey.C)]));
        Assert.Null(Read([Ctrl(ConsoleKey.D)]));
        Assert.Equal("bc", Read([.. Type("abc"), Key(ConsoleKey.Home), Ctrl(ConsoleKey.D), Key(ConsoleKey.Enter)]));
    }

    [Fact]
    public void Tab_completes_a_command_name_when_only_one_fits()
    {
        Assert.Equal(":open 3", Read([.. Type(":op"), Key(ConsoleKey.Tab), .. Type("3"), Key(ConsoleKey.Enter)]));
        Assert.Equal(":s", Read([.. Type(":s"), Key(ConsoleKey.Tab), Key(ConsoleKey.Enter)]));   // :source, :sort, :similar
    }

    [Fact]
    public void Control_characters_and_escape_are_not_inserted_into_the_line()
    {
        var keys = new[] { new ConsoleKeyInfo('\u001b', ConsoleKey.Escape, false, false, false), new ConsoleKeyInfo('\0', ConsoleKey.F5, false, false, false) }
            .Concat(Type("a\u0007b"))
            .Append(Key(ConsoleKey.Enter));

        Assert.Equal("ab", Read(keys));
    }

    [Fact]
    public void A_line_longer_than_the_screen_scrolls_and_is_returned_whole()
    {
        var text = new string('x', 300);
        using var screen = new StringWriter();

        var line = new LineEditor(new Keys([.. Type(text), Key(ConsoleKey.Enter)]), screen, new History(null, _ => { }), () => 40, _ => [])
            .ReadLine("> ", "> ");

        Assert.Equal(text, line);
        Assert.All(screen.ToString().Split('\r'), drawn => Assert.True(drawn.Length < 60, drawn));
    }

    [Fact]
    public void History_is_kept_in_its_file_across_sessions()
    {
        var path = Path.Combine(_folder.Path, "sub", "history");
        var first = new History(path, _ => { });
        first.Add("IA responsable");
        first.Add("IA responsable");
        first.Add("  ");
        first.Add(":open 1");

        var second = new History(path, _ => { });

        Assert.Equal(["IA responsable", ":open 1"], second.Entries);
        Assert.Equal(["IA responsable", ":open 1"], File.ReadAllLines(path));
    }

    [Fact]
    public void A_history_file_that_cannot_be_written_is_reported_once_and_the_history_still_works_in_memory()
    {
        var blocker = _folder.File("not-a-folder", "a file where a folder is needed");
        var warnings = new List<string>();
        var history = new History(Path.Combine(blocker, "history"), warnings.Add);

        history.Add("un");
        history.Add("deux");

        Assert.Single(warnings);
        Assert.Contains("will not be saved", warnings[0]);
        Assert.Equal(["un", "deux"], history.Entries);
    }

    private static string? Read(IEnumerable<ConsoleKeyInfo> keys, History? history = null)
    {
        using var screen = new StringWriter();
        var editor = new LineEditor(new Keys(keys), screen, history ?? new History(null, _ => { }), () => 80,
            prefix => PromptCommands.All.Completions(prefix));
        return editor.ReadLine("> ", "> ");
    }

    private static IEnumerable<ConsoleKeyInfo> Type(string text) =>
        text.Select(c => new ConsoleKeyInfo(c, char.IsAsciiLetter(c) ? (ConsoleKey)char.ToUpperInvariant(c) : 0, char.IsUpper(c), false, false));

    private static ConsoleKeyInfo Key(ConsoleKey key) => new(key switch
    {
        ConsoleKey.Enter => '\r',
        ConsoleKey.Tab => '\t',
        ConsoleKey.Backspace => '\b',
        _ => '\0',
    }, key, false, false, false);

    private static ConsoleKeyInfo Ctrl(ConsoleKey letter) => new((char)(letter - ConsoleKey.A + 1), letter, false, false, true);

    private sealed class Keys(IEnumerable<ConsoleKeyInfo> keys) : IKeySource
    {
        private readonly Queue<ConsoleKeyInfo> _keys = new(keys);

        public ConsoleKeyInfo ReadKey() => _keys.Count > 0 ? _keys.Dequeue() : throw new InvalidOperationException("the editor read past the scripted keys");
    }
}
