using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class IncrementalIndexingTests
{
    private static string Line(string id, string title, string body = "Corps", string? url = null) =>
        $"{{\"id\": \"{id}\", \"title\": \"{title}\", \"body\": \"{body}\"{(url is null ? "" : $", \"url\": \"{url}\"")}}}\n";

    [Fact]
    public void Second_run_over_unchanged_files_reads_nothing_and_reports_everything_unchanged()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Un") + Line("a2", "Deux"));
        index.WriteFile("sub/b.jsonl", Line("b1", "Trois"));
        using var engine = index.Open();
        var first = engine.IndexFiles([index.InputFolder]);
        var second = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((3, 2), (first.Added, first.FilesRead));
        Assert.Equal((0, 0, 0, 0, 3, 0), (second.FilesRead, second.Added, second.Updated, second.Deleted, second.Unchanged, second.Duplicates));
        Assert.Equal(3, second.Documents);
        Assert.Equal((3, 0, 0.0), (first.ArticlesRead, second.ArticlesRead, second.ArticlesPerSecond));
    }

    [Fact]
    public void Touched_file_with_the_same_content_is_not_read_again()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", Line("a1", "Un"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.SetLastWriteTimeUtc(path, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var second = engine.IndexFiles([index.InputFolder]);
        var third = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((0, 1), (second.FilesRead, second.Unchanged));
        Assert.Equal((0, 1), (third.FilesRead, third.Unchanged));
    }

    [Fact]
    public void Changed_file_updates_its_changed_articles_adds_new_ones_and_deletes_those_it_no_longer_holds()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", Line("keep", "Garde") + Line("edit", "Avant") + Line("drop", "Retiré"));
        index.WriteFile("b.jsonl", Line("other", "Autre fichier"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.WriteAllText(path, Line("keep", "Garde") + Line("edit", "Après") + Line("new", "Nouveau"));
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((1, 1, 1, 2, 1), (summary.FilesRead, summary.Added, summary.Updated, summary.Unchanged, summary.Deleted));
        Assert.Null(engine.GetArticle("drop"));
        Assert.Equal("Après", engine.GetArticle("edit")!.Title);
        Assert.Equal(4, summary.Documents);
    }

    [Fact]
    public void Removed_file_has_its_documents_deleted_and_the_others_are_left()
    {
        using var index = new TempIndex();
        var gone = index.WriteFile("gone.jsonl", Line("g1", "Un") + Line("g2", "Deux"));
        index.WriteFile("stay.jsonl", Line("s1", "Trois"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.Delete(gone);
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((2, 1, 0, 1), (summary.Deleted, summary.Unchanged, summary.FilesRead, summary.Documents));
        Assert.Null(engine.GetArticle("g1"));
    }

    [Fact]
    public void Files_of_another_source_folder_are_left_alone()
    {
        using var index = new TempIndex();
        index.WriteFile("one/a.jsonl", Line("a", "Un"));
        index.WriteFile("two/b.jsonl", Line("b", "Deux"));
        using var engine = index.Open();
        engine.IndexFiles([Path.Combine(index.InputFolder, "one")]);
        var summary = engine.IndexFiles([Path.Combine(index.InputFolder, "two")]);
        Assert.Equal((1, 0, 2), (summary.Added, summary.Deleted, summary.Documents));
    }

    [Fact]
    public void File_that_turned_bad_loses_its_documents_and_is_reported_skipped()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", Line("a", "Un"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.WriteAllBytes(path, [0, 1, 2, 3]);
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((1, 0), (summary.Deleted, summary.Documents));
        Assert.Equal("binary content", Assert.Single(summary.Skipped).Reason);
    }

    [Fact]
    public void A_run_that_changes_nothing_makes_no_new_commit()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a", "Un"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        var before = Directory.GetFiles(Path.Combine(index.Path, "index"), "segments_*");
        engine.IndexFiles([index.InputFolder]);
        Assert.Equal(before, Directory.GetFiles(Path.Combine(index.Path, "index"), "segments_*"));
    }

    [Fact]
    public void Manifest_left_by_a_crashed_run_is_ignored_and_removed()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a", "Un"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        var stray = Path.Combine(index.Path, "index", "manifest-0-crashed.json");
        File.WriteAllText(stray, "{\"/nowhere\": {\"Size\": 1, \"ModifiedUtcTicks\": 1, \"Hash\": \"x\", \"Articles\": 99}}");
        index.WriteFile("b.jsonl", Line("b", "Deux"));
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((1, 1, 2), (summary.Added, summary.Unchanged, summary.Documents));
        Assert.False(File.Exists(stray));
    }
}
