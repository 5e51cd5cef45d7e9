using System.Globalization;

namespace NewsSearch.Cli.Interactive;

/// <summary>The console's date syntax: ISO dates, as on the command line.</summary>
internal static class Dates
{
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
