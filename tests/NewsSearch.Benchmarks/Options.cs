using System.Globalization;

namespace NewsSearch.Benchmarks;

/// <summary>What the benchmark commands share: reading <c>--name value</c> options and printing metric lines.</summary>
internal static class Options
{
    /// <summary>The number after <paramref name="name"/>, or <c>null</c> when the option is absent.</summary>
    public static double? Number(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Prints <c>peer=newssearch metric=M value=V</c>, the line format of the peers' benchmarks.</summary>
    public static void Print(string metric, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer=newssearch metric={metric} value={value:0.###}"));

    /// <summary>The nearest-rank percentile, as the Java peer computes it.</summary>
    public static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
