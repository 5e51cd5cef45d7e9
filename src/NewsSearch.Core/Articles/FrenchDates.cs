using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSearch.Articles;

/// <summary>Parses the publication dates news pages and exports write: ISO forms and French day-month-year forms.</summary>
internal static partial class FrenchDates
{
    private static readonly string[] Months =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ];

    /// <summary>Parses <c>2023-10-24</c>, <c>2023-10-24T08:00:00+02:00</c>, <c>24 - 10 - 2023</c>, <c>24/10/2023</c>,
    /// <c>24 octobre 2023</c> or <c>mardi 24 octobre 2023</c>. A timestamp keeps the date as written at its own offset.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var stamp)
            && IsoTimestamp().IsMatch(value))
        {
            return DateOnly.FromDateTime(stamp.DateTime);
        }

        var numeric = NumericDayMonthYear().Match(value);
        if (numeric.Success)
        {
            return Build(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value);
        }

        var named = NamedMonth().Match(value);
        if (named.Success)
        {
            var month = Array.IndexOf(Months, Fold(named.Groups["m"].Value)) + 1;
            return month > 0 ? Build(named.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), named.Groups["d"].Value) : null;
        }

        return null;
    }

    private static DateOnly? Build(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) && y is >= 1 and <= 9999
            ? new DateOnly(y, m, d)
            : null;
    }

    private static string Fold(string month) => month.ToLowerInvariant()
        .Replace('é', 'e').Replace('è', 'e').Replace('û', 'u').Replace('ô', 'o');

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?(?<d>\d{1,2})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<y>\d{4})$")]
    private static partial Regex NumericDayMonthYear();

    [GeneratedRegex(@"^(?:\p{L}+\.?,?\s+)?(?<d>\d{1,2})(?:er)?\s+(?<m>\p{L}+)\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonth();
}
