using System.Net;

namespace NewsSearch.Cli.Output;

/// <summary>Turns an HTML snippet (escaped text with <c>&lt;mark&gt;</c>) into terminal text: marks coloured, or plain.</summary>
internal static class SnippetText
{
    public static string ForTerminal(string snippet, bool colour)
    {
        var open = colour ? Terminal.Highlight : "";
        var close = colour ? Terminal.Reset : "";
        var marked = snippet.Replace("<mark>", open, StringComparison.Ordinal).Replace("</mark>", close, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(marked);
    }
}
