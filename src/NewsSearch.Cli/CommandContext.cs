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

    /// <summary>Opens the engine over the chosen index, warning on stderr when it was built in another format.</summary>
    /// <exception cref="DirectoryNotFoundException">There is no index there: reading one never creates one.</exception>
    public NewsSearchEngine OpenEngine(string? indexOption)
    {
        var path = CommonOptions.ResolveIndex(indexOption);
        if (!NewsSearchEngine.IndexExists(path))
        {
            throw new DirectoryNotFoundException($"There is no index at {Path.GetFullPath(path)}: {HowToIndex}");
        }

        return WarnIfOtherFormat(Open(path));
    }

    /// <summary>Opens the engine and, when its index is empty, first indexes the default sources (saying so on stderr).</summary>
    /// <exception cref="DirectoryNotFoundException">There is neither an index nor default sources to build one from
    /// (the program run from another folder than its data's): nothing is created.</exception>
    public NewsSearchEngine OpenEngineIndexingSeedsIfEmpty(string? indexOption, CancellationToken cancellationToken)
    {
        var path = CommonOptions.ResolveIndex(indexOption);
        if (!Path.Exists(CommonOptions.DefaultSources) && !NewsSearchEngine.IndexExists(path))
        {
            throw new DirectoryNotFoundException(
                $"There is no index at {Path.GetFullPath(path)} and no ./{CommonOptions.DefaultSources} folder here to build one from: {HowToIndex}");
        }

        var engine = Open(path);
        if (engine.IsEmpty && Path.Exists(CommonOptions.DefaultSources))
        {
            Console.Error.WriteLine($"The index at {engine.IndexPath} is empty: indexing ./{CommonOptions.DefaultSources} first.");
            IndexingSummary summary = engine.IndexFiles([CommonOptions.DefaultSources], cancellationToken: cancellationToken);
            Console.Error.WriteLine($"Indexed {summary.Added} articles ({summary.Skipped.Count} skipped).");
        }

        // After the seeding, which rebuilds an empty index of another format: only a format still other is worth a warning.
        return WarnIfOtherFormat(engine);
    }

    private static string HowToIndex =>
        $"index your articles with 'newssearch index --source PATH', or name an existing index with --index DIR or {CommonOptions.IndexVariable}.";

    private NewsSearchEngine Open(string path) => NewsSearchEngine.Open(path, new NewsSearchOptions { Logger = Log });

    /// <summary>An index built by another version still answers (refusing would hide searchable data) but may miss
    /// fields and rank worse, and only a rebuild refreshes it: said once per command, on stderr (stdout carries results).</summary>
    private static NewsSearchEngine WarnIfOtherFormat(NewsSearchEngine engine)
    {
        var format = engine.IndexFormatVersion;
        if (!IndexFormat.IsCurrent(format))
        {
            Console.Error.WriteLine(
                $"warning: the index at {engine.IndexPath} was built by another version of NewsSearch (index format {IndexFormat.Describe(format)}, this version writes {IndexFormat.Current}) and may miss fields or rank worse; run 'newssearch reindex' to refresh it.");
        }

        return engine;
    }
}
