using NewsSearch.Indexing;

namespace NewsSearch.IntegrationTests;

public sealed class IngestionIncrementalTests
{
    [Fact]
    public async Task Second_index_run_reports_everything_unchanged_then_editing_one_file_and_deleting_another_changes_only_those()
    {
        using var folder = new TempFolder();
        var sources = Path.Combine(folder.Path, "in");
        IngestionSupport.WriteCorpus(sources, files: 3, perFile: 20);
        var first = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((60, 3), (first.GetProperty("added").GetInt32(), first.GetProperty("filesRead").GetInt32()));

        var second = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((0, 0, 0, 0, 60, 0), (second.GetProperty("filesRead").GetInt32(), second.GetProperty("added").GetInt32(),
            second.GetProperty("updated").GetInt32(), second.GetProperty("deleted").GetInt32(), second.GetProperty("unchanged").GetInt32(),
            second.GetProperty("duplicates").GetInt32()));

        // Edit one article of part-0 (and touch the file), delete part-1, leave part-2.
        var edited = Path.Combine(sources, "part-0.jsonl");
        var lines = File.ReadAllLines(edited);
        lines[0] = lines[0].Replace("Article alpha-0-0 sur", "Article alpha-0-0 revu sur", StringComparison.Ordinal);
        Assert.Contains("revu", lines[0], StringComparison.Ordinal);
        File.WriteAllLines(edited, lines);
        File.Delete(Path.Combine(sources, "part-1.jsonl"));
        var third = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        Assert.Equal((1, 0, 1, 20, 39, 40), (third.GetProperty("filesRead").GetInt32(), third.GetProperty("added").GetInt32(),
            third.GetProperty("updated").GetInt32(), third.GetProperty("deleted").GetInt32(), third.GetProperty("unchanged").GetInt32(),
            third.GetProperty("documents").GetInt32()));
        Assert.Equal(40, IngestionSupport.CheckAndCount(Path.Combine(folder.Path, "idx")));
    }

    [Fact]
    public async Task Index_run_while_another_holds_the_index_stops_with_a_clear_locked_message_and_damages_nothing()
    {
        using var folder = new TempFolder();
        IngestionSupport.WriteCorpus(Path.Combine(folder.Path, "in"), files: 1, perFile: 5);
        IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json"));
        var indexPath = Path.Combine(folder.Path, "idx");
        using (var directory = new Lucene.Net.Store.NIOFSDirectory(indexPath))
        using (ArticleIndexWriter.Open(directory, indexPath, new Lucene.Net.Search.Similarities.BM25Similarity(), rebuild: false))
        {
            var locked = await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx");
            Assert.Equal(1, locked.ExitCode);
            Assert.Contains("is locked by another indexing run", locked.Stderr, StringComparison.Ordinal);
            var relocked = await Cli.RunAsync(folder.Path, "reindex", "--source", "in", "--index", "idx");
            Assert.Equal(1, relocked.ExitCode);
            Assert.Contains("is locked by another indexing run", relocked.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(5, IngestionSupport.CheckAndCount(indexPath));
    }

    [Fact]
    public async Task Files_over_the_size_limit_given_on_the_command_line_are_skipped_with_the_reason()
    {
        using var folder = new TempFolder();
        folder.File("in/big.html", "<html><head><title>Gros</title></head><body><p>" + new string('a', 3 * 1024 * 1024) + "</p></body></html>");
        var summary = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--json", "--max-file-size", "1"));
        Assert.StartsWith("too large", summary.GetProperty("skipped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        var bad = await Cli.RunAsync(folder.Path, "index", "--source", "in", "--index", "idx", "--max-file-size", "0");
        Assert.Equal(2, bad.ExitCode);
    }
}
