using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary>Acronyms learned from an indexed folder, through the real program: each command is a new process, so
/// what was learned must come from the index on disk.</summary>
public sealed class AcronymCliTests
{
    [Fact]
    public async Task Pairs_learned_from_a_folder_are_listed_and_searched_both_ways_by_later_processes()
    {
        using var folder = new TempFolder();
        folder.File("news/definitions.jsonl", Article("definitions", "Marais : le rapport annuel", "L'Observatoire national des zones humides (ONZH) publie son rapport annuel sur les marais."));
        folder.File("news/more.jsonl", Article("more", "Tourbières en recul", "Selon l'Observatoire national des zones humides (ONZH), les tourbières reculent."));
        folder.File("news/long.jsonl", Article("long", "Les marais de Brière", "L'Observatoire national des zones humides alerte sur l'assèchement des marais de Brière."));
        folder.File("news/short.jsonl", Article("short", "Tourbières du Jura", "L'ONZH recense les tourbières du Jura une à une."));
        var index = await Cli.RunAsync(folder.Path, "index", "--source", "news", "--index", "idx");
        Assert.Equal(0, index.ExitCode);

        var listed = await Cli.RunAsync(folder.Path, "acronyms", "--index", "idx", "--json");
        var text = await Cli.RunAsync(folder.Path, "acronyms", "--index", "idx");
        var byAcronym = await Cli.RunAsync(folder.Path, "search", "onzh", "--index", "idx", "--json");
        var byExpansion = await Cli.RunAsync(folder.Path, "search", "observatoire national des zones humides", "--index", "idx", "--json");
        var explained = await Cli.RunAsync(folder.Path, "search", "ONZH", "--index", "idx", "--explain");

        Assert.Equal(0, listed.ExitCode);
        using var acronyms = JsonDocument.Parse(listed.Stdout);
        var pair = acronyms.RootElement.GetProperty("acronyms").EnumerateArray().Single(a => a.GetProperty("acronym").GetString() == "ONZH");
        Assert.Equal("observatoire national des zones humides", pair.GetProperty("expansion").GetString());
        Assert.Equal(2, pair.GetProperty("articles").GetInt32());
        Assert.Contains("ONZH  observatoire national des zones humides  (2 articles)", text.Stdout, StringComparison.Ordinal);

        var acronymHits = Hits(byAcronym);
        Assert.Contains("long", acronymHits.Keys);
        Assert.Contains("<mark>Observatoire</mark> <mark>national</mark> des <mark>zones</mark> <mark>humides</mark>", acronymHits["long"], StringComparison.Ordinal);
        var expansionHits = Hits(byExpansion);
        Assert.Contains("short", expansionHits.Keys);
        Assert.Contains("<mark>ONZH</mark>", expansionHits["short"], StringComparison.Ordinal);
        Assert.Equal(acronymHits.Keys.Order(), expansionHits.Keys.Order());
        Assert.Contains("read as: onzh → observatoire national des zones humides (acronym learned from 2 articles)", explained.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_learns_the_pairs_of_new_files_reading_only_those()
    {
        using var folder = new TempFolder();
        folder.File("news/old.jsonl", Article("old", "Marais", "L'Observatoire national des zones humides (ONZH) publie son rapport.")
            + Article("old-2", "Tourbières", "Selon l'Observatoire national des zones humides (ONZH), les tourbières reculent."));
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, "index", "--source", "news", "--index", "idx")).ExitCode);
        folder.File("news/new.jsonl", Article("new", "Digues", "Le Conseil supérieur des digues fluviales (CSDF) se réunit.")
            + Article("new-2", "Crues", "Pour le Conseil supérieur des digues fluviales (CSDF), les crues montent.")
            + Article("new-3", "Loire", "Le CSDF inspecte les levées de la Loire."));

        var again = await Cli.RunAsync(folder.Path, "index", "--source", "news", "--index", "idx", "--json");
        var listed = await Cli.RunAsync(folder.Path, "acronyms", "--index", "idx", "--json");
        var byExpansion = await Cli.RunAsync(folder.Path, "search", "conseil supérieur des digues fluviales", "--index", "idx", "--json");

        Assert.Equal(0, again.ExitCode);
        using var summary = JsonDocument.Parse(again.Stdout);
        Assert.Equal(1, summary.RootElement.GetProperty("filesRead").GetInt32());
        Assert.Equal(3, summary.RootElement.GetProperty("articlesRead").GetInt32());
        using var acronyms = JsonDocument.Parse(listed.Stdout);
        Assert.Equal(["CSDF", "ONZH"], acronyms.RootElement.GetProperty("acronyms").EnumerateArray().Select(a => a.GetProperty("acronym").GetString()!).Order());
        Assert.Contains("new-3", Hits(byExpansion).Keys);
    }

    [Fact]
    public async Task An_index_without_definitions_lists_none()
    {
        using var folder = new TempFolder();
        folder.File("news/a.jsonl", Article("a", "Pommes", "La récolte de pommes est bonne."));
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, "index", "--source", "news", "--index", "idx")).ExitCode);

        var listed = await Cli.RunAsync(folder.Path, "acronyms", "--index", "idx");

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("No acronym is defined often enough", listed.Stdout, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Hits(Cli.Result run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("snippet").GetString()!);
    }

    private static string Article(string id, string title, string body) =>
        JsonSerializer.Serialize(new { id, title, body, source = "Le Matin", published = "2023-10-24", lang = "fr" }) + "\n";
}
