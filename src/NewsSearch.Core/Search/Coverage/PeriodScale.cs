using System.Globalization;

namespace NewsSearch.Search.Coverage;

/// <summary>The periods of one length (days, ISO weeks, months or years) covering a range of days, and which period
/// a day falls in, by one array look-up (a coverage pass asks that for every match).</summary>
internal sealed class PeriodScale
{
    private readonly int _firstDay;
    private readonly int[] _periodOfDay;
    private readonly int[] _starts;

    private PeriodScale(CoverageInterval by, int firstDay, int[] periodOfDay, int[] starts)
    {
        By = by;
        _firstDay = firstDay;
        _periodOfDay = periodOfDay;
        _starts = starts;
    }

    public CoverageInterval By { get; }

    /// <summary>How many periods.</summary>
    public int Count => _starts.Length;

    /// <summary>The periods from the one holding <paramref name="firstDay"/> to the one holding <paramref name="lastDay"/>
    /// (day numbers, as <see cref="DateOnly.DayNumber"/>).</summary>
    public static PeriodScale Between(CoverageInterval by, int firstDay, int lastDay)
    {
        var first = StartOf(by, firstDay);
        var end = EndOf(by, StartOf(by, lastDay));
        var periodOfDay = new int[end - first + 1];
        var starts = new List<int>();
        for (var start = first; start <= end; start = EndOf(by, start) + 1)
        {
            Array.Fill(periodOfDay, starts.Count, start - first, EndOf(by, start) - start + 1);
            starts.Add(start);
        }

        return new PeriodScale(by, first, periodOfDay, [.. starts]);
    }

    /// <summary>The index of the period holding <paramref name="day"/>, or -1 when it is outside the scale.</summary>
    public int PeriodOf(int day)
    {
        var offset = day - _firstDay;
        return (uint)offset < (uint)_periodOfDay.Length ? _periodOfDay[offset] : -1;
    }

    public DateOnly Start(int period) => DateOnly.FromDayNumber(_starts[period]);

    public DateOnly End(int period) => DateOnly.FromDayNumber(EndOf(By, _starts[period]));

    /// <summary>The period's name: <c>2020-03-14</c>, <c>2020-W11</c>, <c>2020-03</c> or <c>2020</c>.</summary>
    public string Label(int period)
    {
        var start = Start(period);
        return By switch
        {
            CoverageInterval.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CoverageInterval.Week => WeekLabel(start),
            CoverageInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => start.ToString("yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The ISO week holding a day, as <c>2020-W01</c>: the week's year is the year of its Thursday, so
    /// 2019-12-30 is in 2020-W01 and 2021-01-03 in 2020-W53.</summary>
    public static string WeekLabel(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>The first day of the period holding <paramref name="day"/>.</summary>
    public static int StartOf(CoverageInterval by, int day)
    {
        var date = DateOnly.FromDayNumber(day);
        return by switch
        {
            CoverageInterval.Day => day,
            // Day number 0 (0001-01-01) was a Monday.
            CoverageInterval.Week => day - day % 7,
            CoverageInterval.Month => new DateOnly(date.Year, date.Month, 1).DayNumber,
            _ => new DateOnly(date.Year, 1, 1).DayNumber,
        };
    }

    private static int EndOf(CoverageInterval by, int start)
    {
        var date = DateOnly.FromDayNumber(start);
        return by switch
        {
            CoverageInterval.Day => start,
            CoverageInterval.Week => Math.Min(start + 6, DateOnly.MaxValue.DayNumber),
            CoverageInterval.Month => date.AddDays(DateTime.DaysInMonth(date.Year, date.Month) - 1).DayNumber,
            _ => new DateOnly(date.Year, 12, 31).DayNumber,
        };
    }
}
