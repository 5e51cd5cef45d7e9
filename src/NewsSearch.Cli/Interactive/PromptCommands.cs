using NewsSearch.Cli.Interactive.Prompt;

namespace NewsSearch.Cli.Interactive;

/// <summary>The commands of the console prompt, in the order <c>:help</c> lists them.</summary>
internal sealed class PromptCommands(IReadOnlyList<IPromptCommand> commands)
{
    public static PromptCommands All { get; } = new(
    [
        new HelpCommand(),
        new NextCommand(),
        new PrevCommand(),
        new OpenCommand(),
        new SourceCommand(),
        new FromCommand(),
        new ToCommand(),
        new ClearCommand(),
        new SortCommand(),
        new FacetsCommand(),
        new CoverageCommand(),
        new TermsCommand(),
        new SimilarCommand(),
        new ExplainCommand(),
        new DidYouMeanCommand(),
        new QuitCommand(),
    ]);

    public IReadOnlyList<IPromptCommand> List { get; } = commands;

    public IPromptCommand? Find(string name) =>
        List.FirstOrDefault(c => c.Names.Contains(name, StringComparer.OrdinalIgnoreCase));

    /// <summary>Command names (with colon) starting with <paramref name="prefix"/>, for completion.</summary>
    public IEnumerable<string> Completions(string prefix) =>
        List.Select(c => ":" + c.Names[0]).Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
