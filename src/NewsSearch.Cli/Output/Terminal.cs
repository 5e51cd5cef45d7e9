namespace NewsSearch.Cli.Output;

/// <summary>Colour only for a person at a terminal: never when stdout is redirected or <c>NO_COLOR</c> is set.</summary>
internal static class Terminal
{
    public const string Reset = "\u001b[0m";
    public const string Bold = "\u001b[1m";
    public const string Dim = "\u001b[2m";
    public const string Highlight = "\u001b[1;33m";
    public const string Accent = "\u001b[36m";

    public static bool UseColour =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static string Paint(string text, string style) => UseColour ? style + text + Reset : text;
}
