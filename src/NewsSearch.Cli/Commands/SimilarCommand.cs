using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Search;

namespace NewsSearch.Cli.Commands;

/// <summary><c>similar ID</c>: the articles most like a given one, printed as text or JSON.</summary>
internal static class SimilarCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The id of the article to find similar articles for." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var top = new Option<int>("--top") { Description = $"How many articles (1-{SearchRequest.MaxPageSize}).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > SearchRequest.MaxPageSize) { r.AddError($"--top must be between 1 and {SearchRequest.MaxPageSize}."); } });

        var command = new Command("similar", "Print the articles most like the one with this id (itself and its near-duplicate copies left out).")
        {
            id, index, top, json,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            var results = engine.Similar(parse.GetValue(id) ?? "", parse.GetValue(top));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(JsonOutput.Search(results));
            }
            else
            {
                Console.Out.WriteLine($"Articles like {results.Query}: {engine.GetArticle(results.Query)?.Title}");
                TextOutput.Search(results);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
