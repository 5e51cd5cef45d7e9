using System.CommandLine;
using NewsSearch.Cli.Output;
using NewsSearch.Search;

namespace NewsSearch.Cli.Commands;

/// <summary><c>search QUERY</c>: one search, printed as text or JSON.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for: words, \"phrases\", -exclusions, OR, AND, (), title:, source:." };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var top = new Option<int>("--top") { Description = $"Hits per page (1-{SearchRequest.MaxPageSize}).", DefaultValueFactory = _ => 10, HelpName = "N" };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1, HelpName = "P" };
        var filters = new FilterOptions();
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date (newest first).", DefaultValueFactory = _ => "relevance", HelpName = "ORDER" };
        var recent = new Option<bool>("--recent") { Description = $"Prefer recent articles when ranking by relevance (bonus halves every {SearchRequest.RecencyHalfLifeDays} days)." };
        var noCollapse = new Option<bool>("--no-collapse") { Description = "Show every near-duplicate copy of a story instead of one with a count of copies." };
        var explain = new Option<bool>("--explain") { Description = "Show the query as run and each hit's score breakdown." };
        sort.AcceptOnlyFromAmong("relevance", "date");
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > SearchRequest.MaxPageSize) { r.AddError($"--top must be between 1 and {SearchRequest.MaxPageSize}."); } });
        page.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--page must be 1 or more."); } });

        var command = new Command("search", "Search the index and print ranked articles with highlighted snippets.")
        {
            query, index, top, page, filters.Source, filters.From, filters.To, sort, recent, noCollapse, explain, json,
        };

        command.SetAction((parse, cancellationToken) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngineIndexingSeedsIfEmpty(parse.GetValue(index), cancellationToken);
            var results = engine.Search(new SearchRequest
            {
                Query = parse.GetValue(query) ?? "",
                PageSize = parse.GetValue(top),
                Page = parse.GetValue(page),
                Sources = filters.Sources(parse),
                From = filters.FromDate(parse),
                To = filters.ToDate(parse),
                Sort = parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                PreferRecent = parse.GetValue(recent),
                CollapseDuplicates = !parse.GetValue(noCollapse),
                Explain = parse.GetValue(explain),
            });
            if (parse.GetValue(json))
            {
                JsonOutput.Write(JsonOutput.Search(results));
            }
            else
            {
                TextOutput.Search(results);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
