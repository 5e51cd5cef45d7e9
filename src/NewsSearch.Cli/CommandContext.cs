using System.CommandLine;
using NewsSearch.Indexing;
using Serilog;

namespace NewsSearch.Cli;

/// <summary>What every command's action needs: the parse, the logger, and the engine over the chosen index.</summary>
internal sealed class CommandContext(ParseResult parse, ILogger log)
{
    public ParseResult Parse { get; } = parse;

    public ILogger Log { get; } = log;

    public bool Verbose => Parse.GetValue(CommonOptions.Verbose);

    public NewsSearchEngine OpenEngine(string? indexOption) =>
        NewsSearchEngine.Open(CommonOptions.ResolveIndex(indexOption), new NewsSearchOptions { Logger = Log });

    /// <summary>Opens the engine and, when its index is empty, first indexes the default sources (saying so on stderr).</summary>
    public NewsSearchEngine OpenEngineIndexingSeedsIfEmpty(string? indexOption, CancellationToken cancellationToken)
    {
        var engine = OpenEngine(indexOption);
        if (engine.IsEmpty)
        {
            Console.Error.WriteLine($"The index at {engine.IndexPath} is empty: indexing ./{CommonOptions.DefaultSources} first.");
            IndexingSummary summary = engine.IndexFiles([CommonOptions.DefaultSources], cancellationToken: cancellationToken);
            Console.Error.WriteLine($"Indexed {summary.Added} articles ({summary.Skipped.Count} skipped).");
        }

        return engine;
    }
}
