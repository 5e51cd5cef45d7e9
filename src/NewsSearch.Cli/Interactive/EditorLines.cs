using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Interactive;

/// <summary>Lines typed at a terminal through the line editor, after a prompt.</summary>
internal sealed class EditorLines(LineEditor editor, ConsoleView view) : ILineSource
{
    private const string Prompt = "newssearch> ";

    public string? ReadLine() => editor.ReadLine(Prompt, view.Paint(Prompt, Terminal.Accent));
}
