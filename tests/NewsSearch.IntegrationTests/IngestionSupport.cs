using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsSearch.IntegrationTests;

/// <summary>Inputs and index checks shared by the ingestion tests.</summary>
internal static class IngestionSupport
{
    public static string FixturesFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ingestion");

    /// <summary>Writes <paramref name="files"/> JSON Lines files of generated French articles; every article holds
    /// the word "marché" so one query matches them all.</summary>
    public static void WriteCorpus(string folder, int files, int perFile, string tag = "alpha", int sentences = 12)
    {
        System.IO.Directory.CreateDirectory(folder);
        string[] words = ["économie", "gouvernement", "élections", "sécheresse", "football", "inflation", "culture", "santé", "transport", "énergie"];
        for (var f = 0; f < files; f++)
        {
            var text = new StringBuilder();
            for (var i = 0; i < perFile; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"{tag}-{f}-{i}");
                var body = string.Join(' ', Enumerable.Range(0, sentences).Select(k =>
                    $"Le marché de la {words[(i + k) % words.Length]} évolue selon les experts de l'édition {tag}, paragraphe {k}."));
                text.Append(JsonSerializer.Serialize(new { id, title = $"Article {id} sur le marché", body, source = "Générateur", published = "2023-10-24" })).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"part-{f}.jsonl")), text.ToString());
        }
    }

    /// <summary>Opens the index as any reader would, runs Lucene's CheckIndex on it, and returns its live document count.</summary>
    public static int CheckAndCount(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var checker = new CheckIndex(directory);
        var status = checker.DoCheckIndex();
        Assert.True(status.Clean, $"CheckIndex found problems in {indexPath}");
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    /// <summary>Reads the process's stderr until a line matches, returning it (or null if the process ended first).</summary>
    public static async Task<string?> WaitForLineAsync(Process process, Func<string, bool> match, StringBuilder log)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            log.AppendLine(line);
            if (match(line))
            {
                return line;
            }
        }

        return null;
    }

    public static JsonElement Json(Cli.Result result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        return JsonDocument.Parse(result.Stdout).RootElement;
    }
}
