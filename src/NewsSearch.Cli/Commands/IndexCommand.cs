using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>index</c> (add new and changed articles) and <c>reindex</c> (rebuild from scratch).</summary>
internal static class IndexCommand
{
    public static Command Create(bool rebuild)
    {
        var sources = CommonOptions.Sources();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command(
            rebuild ? "reindex" : "index",
            rebuild
                ? "Rebuild the index from scratch; searches keep seeing the old index until the new one is complete."
                : "Add new and changed articles from files or folders; articles already indexed unchanged are left alone.")
        {
            sources, index, json,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            var paths = parse.GetValue(sources) is { Length: > 0 } given ? given : [CommonOptions.DefaultSources];
            using var engine = context.OpenEngine(parse.GetValue(index));
            var progress = new Progress<Indexing.IndexingProgress>(p => context.Log.Information(
                "{Articles} articles ({Rate:0}/s), reading {File}", p.Articles, p.ArticlesPerSecond, p.CurrentFile));
            var summary = rebuild
                ? engine.RebuildFromFiles(paths, progress, cancellationToken)
                : engine.IndexFiles(paths, progress, cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(JsonOutput.Summary(summary));
            }
            else
            {
                TextOutput.Summary(rebuild ? "Rebuilt" : "Indexed", summary);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
