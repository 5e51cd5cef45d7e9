using System.CommandLine;

namespace NewsSearch.Cli;

/// <summary>Options shared by several commands, and how their defaults are found.</summary>
internal static class CommonOptions
{
    public const string DefaultIndex = "index-data";
    public const string DefaultSources = "seeds";
    public const string IndexVariable = "NEWSSEARCH_INDEX";

    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log details to stderr (stack traces included).",
        Recursive = true,
    };

    public static Option<string?> Index() => new("--index")
    {
        Description = $"Index folder (default: ${IndexVariable}, else ./{DefaultIndex}).",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON on stdout instead of text." };

    public static Option<string[]> Sources() => new("--source")
    {
        Description = $"File or folder to read (repeatable; default: ./{DefaultSources}).",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = false,
    };

    public static string ResolveIndex(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(IndexVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultIndex;
}
