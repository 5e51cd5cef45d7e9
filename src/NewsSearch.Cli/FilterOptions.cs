using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace NewsSearch.Cli;

/// <summary>The outlet and date options shared by the commands that read a query (<c>--source NAME</c>, <c>--from DATE</c>,
/// <c>--to DATE</c>), validated as ISO dates while parsing so a bad date is a usage error.</summary>
internal sealed class FilterOptions
{
    public FilterOptions(string subject = "articles")
    {
        Source = new Option<string[]>("--source") { Description = "Only this outlet (repeatable).", HelpName = "NAME" };
        From = new Option<string?>("--from") { Description = $"Only {subject} published on or after this ISO date.", HelpName = "DATE" };
        To = new Option<string?>("--to") { Description = $"Only {subject} published on or before this ISO date.", HelpName = "DATE" };
        From.Validators.Add(r => Validate(r, "--from"));
        To.Validators.Add(r => Validate(r, "--to"));
    }

    public Option<string[]> Source { get; }

    public Option<string?> From { get; }

    public Option<string?> To { get; }

    /// <summary>The three options, to add to a command.</summary>
    public IEnumerable<Option> All => [Source, From, To];

    public IReadOnlyList<string> Sources(ParseResult parse) => parse.GetValue(Source) ?? [];

    public DateOnly? FromDate(ParseResult parse) => Parse(parse.GetValue(From));

    public DateOnly? ToDate(ParseResult parse) => Parse(parse.GetValue(To));

    private static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Validate(OptionResult result, string name)
    {
        var text = result.GetValueOrDefault<string?>();
        if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            result.AddError($"{name} must be an ISO date such as 2023-10-24, not '{text}'.");
        }
    }
}
