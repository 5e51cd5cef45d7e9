namespace NewsSearch.Cli.Interactive;

/// <summary>Where the session's lines come from: a line editor at a terminal, or redirected stdin.</summary>
internal interface ILineSource
{
    /// <summary>The next line, or <c>null</c> at the end of input (Ctrl+D).</summary>
    string? ReadLine();
}

/// <summary>Lines from a reader (redirected stdin): no prompt, no echo, no history.</summary>
internal sealed class ReaderLines(TextReader reader) : ILineSource
{
    public string? ReadLine() => reader.ReadLine();
}
