using System.Text.Json;
using NewsSearch.Analysis;

namespace NewsSearch.Benchmarks;

/// <summary>Writes the analyzer's tokens of an evaluation set as JSON Lines, so ranking features can be prototyped
/// and cross-validated outside the engine on exactly the words the engine sees (tests/eval/rescoring/).
/// Usage: <c>tokens CORPUS.jsonl QUERIES.tsv OUT_DIR</c>: writes <c>docs.jsonl</c> (id, title, body, and the stemmed
/// and exact-field tokens of each) and <c>queries.jsonl</c> (id, text, stemmed and exact-field tokens).</summary>
internal static class TokenDump
{
    public static int Run(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: tokens CORPUS.jsonl QUERIES.tsv OUT_DIR");
            return 2;
        }

        var analyzer = new FrenchNewsAnalyzer();
        Directory.CreateDirectory(args[2]);
        using (var docs = new StreamWriter(Path.Combine(args[2], "docs.jsonl")))
        {
            foreach (var line in File.ReadLines(args[0]).Where(l => l.Length > 0))
            {
                var article = JsonDocument.Parse(line).RootElement;
                var id = article.GetProperty("id").GetString();
                var title = article.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                var body = article.TryGetProperty("body", out var b) ? b.GetString() ?? "" : "";
                docs.WriteLine(JsonSerializer.Serialize(new
                {
                    id, title, body,
                    ts = analyzer.Tokens(title), bs = analyzer.Tokens(body),
                    te = analyzer.Tokens(title, "exact"), be = analyzer.Tokens(body, "exact"),
                }));
            }
        }

        using var queries = new StreamWriter(Path.Combine(args[2], "queries.jsonl"));
        foreach (var line in File.ReadLines(args[1]).Where(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            var parts = line.Split('\t', 2);
            queries.WriteLine(JsonSerializer.Serialize(new { id = parts[0], q = parts[1], qs = analyzer.Tokens(parts[1]), qe = analyzer.Tokens(parts[1], "exact") }));
        }

        return 0;
    }
}
