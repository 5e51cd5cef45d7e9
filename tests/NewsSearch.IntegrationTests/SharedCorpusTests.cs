using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsSearch.IntegrationTests;

/// <summary>A fact that runs only when the shared corpus lies beside the repository (as on the developers' machines
/// and in CI); elsewhere it is reported as skipped, not passed.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (TempFolder.SharedCorpus is null)
        {
            Skip = "The shared corpus (../shared/corpus/fr-news.jsonl) is not beside the repository.";
        }
    }
}

/// <summary>The shared corpus indexed once through the real program, when it is there.</summary>
public sealed class SharedCorpusIndex : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();

    public async Task InitializeAsync()
    {
        if (TempFolder.SharedCorpus is { } corpus)
        {
            var run = await Cli.RunAsync(Folder.Path, "index", "--source", corpus, "--index", "idx");
            Assert.True(run.ExitCode == 0, run.Stderr);
        }
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Coverage and terms of "Greta Thunberg" on the shared corpus, checked against counts made here from the
/// corpus file itself.</summary>
public sealed partial class SharedCorpusTests(SharedCorpusIndex index) : IClassFixture<SharedCorpusIndex>
{
    private static readonly string[] ClimateWords =
    [
        "climat", "climatique", "climatiques", "réchauffement", "dérèglement", "charbon", "carbone", "CO2", "émissions",
        "planète", "écologie", "écologique", "environnement", "inaction", "COP25", "COP24", "grève", "GIEC",
    ];

    /// <summary>The corpus articles: their month as written (the date at the article's offset) and their words.</summary>
    private static List<(string Month, HashSet<string> Words, string Text)> Corpus() =>
        [.. File.ReadLines(TempFolder.SharedCorpus!).Select(line =>
        {
            var article = JsonDocument.Parse(line).RootElement;
            var text = $"{article.GetProperty("title").GetString()}\n{article.GetProperty("body").GetString()}";
            var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            return (article.GetProperty("published").GetString()![..7], words, text);
        })];

    private static bool AboutGreta(HashSet<string> words) => words.Contains("greta") && words.Contains("thunberg");

    [SharedCorpusFact]
    public async Task Coverage_of_greta_thunberg_by_month_is_the_articles_holding_both_words_against_each_month_s_articles()
    {
        var run = await Cli.RunAsync(index.Folder.Path, "coverage", "Greta Thunberg", "--by", "month", "--json", "--index", "idx");

        Assert.Equal(0, run.ExitCode);
        var corpus = Corpus();
        var months = corpus.Where(a => AboutGreta(a.Words)).Select(a => a.Month).Order(StringComparer.Ordinal).ToList();
        var expected = corpus.Select(a => a.Month).Distinct()
            .Where(m => string.CompareOrdinal(m, months[0]) >= 0 && string.CompareOrdinal(m, months[^1]) <= 0)
            .Order(StringComparer.Ordinal)
            .Select(m => (m, corpus.Count(a => a.Month == m && AboutGreta(a.Words)), corpus.Count(a => a.Month == m)))
            .ToList();
        var points = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(expected, points.Select(p => (p.GetProperty("period").GetString()!, p.GetProperty("matches").GetInt32(), p.GetProperty("total").GetInt32())));
        Assert.All(points, p => Assert.Equal((double)p.GetProperty("matches").GetInt32() / p.GetProperty("total").GetInt32(), p.GetProperty("share").GetDouble(), 12));
        Assert.True(months.Count >= 40, $"only {months.Count} articles about Greta Thunberg");
    }

    [SharedCorpusFact]
    public async Task Terms_of_greta_thunberg_list_climate_words_as_written_in_the_top_ten()
    {
        var run = await Cli.RunAsync(index.Folder.Path, "terms", "Greta Thunberg", "--json", "--index", "idx");

        Assert.Equal(0, run.ExitCode);
        var top = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("terms").EnumerateArray().Take(10).Select(t => t.GetProperty("term").GetString()!).ToList();
        Assert.Equal(10, top.Count);
        Assert.Contains(top, ClimateWords.Contains);
        var texts = Corpus().Where(a => AboutGreta(a.Words)).Select(a => a.Text).ToList();
        // As written: each term is a whole word (or words) of some matching article, not a stem.
        Assert.All(top, term => Assert.Contains(texts, t => Regex.IsMatch(t, $@"(?<!\w){Regex.Escape(term)}(?!\w)")));
        Assert.DoesNotContain(top, t => t.ToLowerInvariant() is "le" or "la" or "les" or "de" or "des" or "et" or "à" or "en" or "pour" or "selon" or "plus" or "greta" or "thunberg");
    }

    [SharedCorpusFact]
    public async Task Ia_responsable_ranks_first_articles_naming_artificial_intelligence_in_their_title_or_first_paragraph()
    {
        var run = await Cli.RunAsync(index.Folder.Path, "search", "IA responsable", "--json", "--index", "idx");

        Assert.Equal(0, run.ExitCode);
        var top = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("hits").EnumerateArray().Take(5).Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.Equal(5, top.Count);
        var leads = File.ReadLines(TempFolder.SharedCorpus!).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(a => top.Contains(a.GetProperty("id").GetString()!))
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => $"{a.GetProperty("title").GetString()}\n{a.GetProperty("body").GetString()!.TrimStart().Split('\n')[0]}");
        Assert.All(top, id => Assert.Matches(ArtificialIntelligence(), leads[id]));
    }

    [SharedCorpusFact]
    public async Task Emmanuel_macon_suggests_emmanuel_macron_though_macon_is_a_word_of_the_archive()
    {
        var run = await Cli.RunAsync(index.Folder.Path, "search", "Emmanuel Macon", "--json", "--index", "idx");

        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("emmanuel macron", json.GetProperty("suggestion").GetString());
        Assert.All(json.GetProperty("hits").EnumerateArray().Take(5), hit => Assert.Contains("Macron", hit.GetProperty("title").GetString(), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<!\w)IA(?!\w)|(?i:intelligence artificielle)")]
    private static partial Regex ArtificialIntelligence();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
