using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsSearch.Analysis.Acronyms;

namespace NewsSearch.Benchmarks;

/// <summary>Runs the acronym finder over a JSON Lines corpus: how long it takes per article, and every pair it finds
/// with the number of articles defining it, most first (to judge the finder's precision by reading).
/// Usage: <c>acronyms CORPUS.jsonl [MIN_ARTICLES]</c>.</summary>
internal static class AcronymDump
{
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2)
        {
            Console.Error.WriteLine("usage: acronyms CORPUS.jsonl [MIN_ARTICLES]");
            return 2;
        }

        var minimum = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var texts = File.ReadLines(args[0]).Where(l => l.Length > 0).Select(line =>
        {
            var article = JsonDocument.Parse(line).RootElement;
            return $"{article.GetProperty("title").GetString()}\n{article.GetProperty("body").GetString()}";
        }).ToList();

        // A first pass compiles the code; the second is timed.
        foreach (var text in texts)
        {
            AcronymFinder.In(text);
        }

        var counts = new Dictionary<(string, string), int>();
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            foreach (var pair in AcronymFinder.In(text))
            {
                var key = (pair.ShortForm, pair.LongForm);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        clock.Stop();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Count} articles, {counts.Count} pairs, {clock.Elapsed.TotalMilliseconds:0} ms ({clock.Elapsed.TotalMicroseconds / texts.Count:0.0} µs per article)"));
        foreach (var ((acronym, expansion), count) in counts.Where(p => p.Value >= minimum).OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count}\t{acronym}\t{expansion}"));
        }

        return 0;
    }
}
