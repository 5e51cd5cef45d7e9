using System.CommandLine;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Commands;

/// <summary><c>acronyms</c>: the acronyms learned from the indexed articles and the expansions searches use.</summary>
internal static class AcronymsCommand
{
    public static Command Create()
    {
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("acronyms", "List the acronyms learned from the indexed articles that define them, with the expansions searches use.")
        {
            index, json,
        };

        command.SetAction((parse, _) => CommandRunner.Run(parse, context =>
        {
            using var engine = context.OpenEngine(parse.GetValue(index));
            var acronyms = engine.LearnedAcronyms();
            if (parse.GetValue(json))
            {
                JsonOutput.Write(new
                {
                    acronyms = acronyms.Select(a => new { acronym = a.ShortForm, expansion = a.LongForm, articles = a.Articles, inSynonymList = a.InSynonymList }),
                });
            }
            else
            {
                TextOutput.Acronyms(acronyms);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
