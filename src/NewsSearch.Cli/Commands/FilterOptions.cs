using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsSearch.Cli.Commands;

/// <summary>The outlet and date filters of the research commands (as <c>search</c> takes them): <c>--source NAME</c>
/// (repeatable), <c>--from DATE</c>, <c>--to DATE</c>.</summary>
internal sealed class FilterOptions
{
    public Option<string[]> Source { get; } = new("--source") { Description = "Only this outlet (repeatable).", HelpName = "NAME" };

    public Option<string?> From { get; } = new("--from") { Description = "Only articles published on or after this ISO date.", HelpName = "DATE" };

    public Option<string?> To { get; } = new("--to") { Description = "Only articles published on or before this ISO date.", HelpName = "DATE" };

    public FilterOptions()
    {
        From.Validators.Add(r => ValidateDate(r, "--from"));
        To.Validators.Add(r => ValidateDate(r, "--to"));
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(From);
        command.Options.Add(To);
    }

    public IReadOnlyList<string> Sources(ParseResult parse) => parse.GetValue(Source) ?? [];

    public DateOnly? FromDate(ParseResult parse) => ParseDate(parse.GetValue(From));

    public DateOnly? ToDate(ParseResult parse) => ParseDate(parse.GetValue(To));

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void ValidateDate(OptionResult result, string name)
    {
        var text = result.GetValueOrDefault<string?>();
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError($"{name} must be an ISO date such as 2023-10-24, not '{text}'.");
        }
    }
}
