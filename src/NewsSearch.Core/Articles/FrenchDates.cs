using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSearch.Articles;

/// <summary>Parses the publication dates news pages and exports write: ISO forms and French day-month-year forms.</summary>
internal static partial class FrenchDates
{
    // Month names as pages and feeds write them: French and English, full and abbreviated, accents folded.
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["janvier"] = 1, ["janv"] = 1, ["jan"] = 1, ["january"] = 1,
        ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["feb"] = 2, ["february"] = 2,
        ["mars"] = 3, ["mar"] = 3, ["march"] = 3,
        ["avril"] = 4, ["avr"] = 4, ["apr"] = 4, ["april"] = 4,
        ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["jun"] = 6, ["june"] = 6,
        ["juillet"] = 7, ["juil"] = 7, ["jul"] = 7, ["july"] = 7,
        ["aout"] = 8, ["aug"] = 8, ["august"] = 8,
        ["septembre"] = 9, ["sept"] = 9, ["sep"] = 9, ["september"] = 9,
        ["octobre"] = 10, ["oct"] = 10, ["october"] = 10,
        ["novembre"] = 11, ["nov"] = 11, ["november"] = 11,
        ["decembre"] = 12, ["dec"] = 12, ["december"] = 12,
    };

    /// <summary>Parses <c>2023-10-24</c>, <c>2023-10-24T08:00:00+02:00</c>, <c>24 - 10 - 2023</c>, <c>24/10/2023</c>,
    /// <c>24 octobre 2023</c>, <c>mardi 24 octobre 2023</c>, <c>le 1er oct. 2023 à 08h30</c> or the feeds' RFC 822
    /// <c>Tue, 24 Oct 2023 08:00:00 +0200</c>. A timestamp keeps the date as written at its own offset.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = TimeOfDay().Replace(text.Trim(), "");
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
            var month = Months.GetValueOrDefault(Fold(named.Groups["m"].Value));
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

    private static string Fold(string month) => month.ToLowerInvariant().TrimEnd('.')
        .Replace('é', 'e').Replace('è', 'e').Replace('û', 'u').Replace('ô', 'o');

    // A time after a day-month-year date ("à 08h30", "08:00:00 +0200", "10:30 GMT") says nothing about the day.
    [GeneratedRegex(@"(?<=\d{4})(?:,?\s+(?:à|a|at)?\s*\d{1,2}[:h]\d{2}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")]
    private static partial Regex IsoTimestamp();

    [GeneratedRegex(@"^(?:le\s+)?(?:\p{L}+\s+)?(?:le\s+)?(?<d>\d{1,2})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<y>\d{4})$")]
    private static partial Regex NumericDayMonthYear();

    [GeneratedRegex(@"^(?:le\s+)?(?:\p{L}+\.?,?\s+)?(?:le\s+)?(?<d>\d{1,2})(?:er)?\s+(?<m>\p{L}+\.?)\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonth();
}
