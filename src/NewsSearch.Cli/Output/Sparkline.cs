namespace NewsSearch.Cli.Output;

/// <summary>Numbers drawn as block characters: a sparkline (one character per value, eight heights) and a
/// horizontal bar (eighths of a character wide).</summary>
internal static class Sparkline
{
    private const string Heights = "▁▂▃▄▅▆▇█";
    private const string Eighths = "▏▎▍▌▋▊▉█";

    /// <summary>One character per value, scaled to <paramref name="max"/> (the largest value when not given): zero
    /// is the lowest block, any other value at least the second lowest so it never looks empty.</summary>
    public static string Of(IReadOnlyList<double> values, double? max = null)
    {
        var top = max ?? (values.Count == 0 ? 0 : values.Max());
        return string.Concat(values.Select(v => v <= 0 || top <= 0
            ? Heights[0]
            : Heights[Math.Clamp((int)Math.Ceiling(v / top * (Heights.Length - 1)), 1, Heights.Length - 1)]));
    }

    /// <summary>A bar <paramref name="width"/> characters long for <paramref name="max"/>; any value above zero shows.</summary>
    public static string Bar(double value, double max, int width)
    {
        if (value <= 0 || max <= 0)
        {
            return "";
        }

        var eighths = Math.Max(1, (int)Math.Round(value / max * width * 8));
        return new string(Eighths[^1], eighths / 8) + (eighths % 8 == 0 ? "" : Eighths[eighths % 8 - 1].ToString());
    }
}
