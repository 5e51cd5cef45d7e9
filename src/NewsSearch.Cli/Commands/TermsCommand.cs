using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Search.SignificantTerms;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Cli.Commands;

/// <summary><c>terms QUERY</c>: the words and names most characteristic of the matching articles, as text or JSON.</summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The query, searched as by 'search'." };
        var index = CommonOptions.Index();
        var top = new Option<int>("--top") { Description = $"How many terms (1-{TermsRequest.MaxTop}).", DefaultValueFactory = _ => 20, HelpName = "N" };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > TermsRequest.MaxTop) { r.AddError($"--top must be between 1 and {TermsRequest.MaxTop}."); } });
        var filters = new FilterOptions();
        var json = CommonOptions.Json();

        var command = new Command("terms", "The words and names most characteristic of the matching articles, compared with the whole index.")
        {
            query, index, top, filters.Source, filters.From, filters.To, json,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            var results = engine.Terms(new TermsRequest
            {
                Query = parse.GetValue(query) ?? "",
                Top = parse.GetValue(top),
                Sources = filters.Sources(parse),
                From = filters.FromDate(parse),
                To = filters.ToDate(parse),
            });
            if (parse.GetValue(json))
            {
                JsonOutput.Write(TermsJson.From(results));
            }
            else
            {
                TermsText.Write(Console.Out, results);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
