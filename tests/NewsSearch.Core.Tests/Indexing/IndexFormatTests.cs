using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class IndexFormatTests
{
    private static string Line(string id, string title, string body = "Corps") =>
        $"{{\"id\": \"{id}\", \"title\": \"{title}\", \"body\": \"{body} de l'article {id}.\"}}\n";

    [Fact]
    public void Index_built_by_this_version_records_the_current_format_from_its_first_commit()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Un"));
        using var engine = index.Open();
        Assert.Equal(IndexFormat.Current, engine.IndexFormatVersion);

        engine.IndexFiles([index.InputFolder]);

        Assert.Equal(IndexFormat.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), OlderIndex.FormatOf(engine.IndexPath));
        Assert.Equal(IndexFormat.Current, engine.GetStatistics().FormatVersion);
    }

    [Fact]
    public void Index_over_a_current_index_stays_incremental()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Un") + Line("a2", "Deux"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);

        var second = engine.IndexFiles([index.InputFolder]);

        Assert.False(second.RebuiltFromOtherFormat);
        Assert.Equal((0, 0, 2), (second.FilesRead, second.Added, second.Unchanged));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("999")]
    [InlineData("v1-beta")]
    public void Index_over_an_index_of_another_or_no_format_rebuilds_every_article_and_records_the_current_format(string? format)
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Un") + Line("a2", "Deux"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        OlderIndex.Rewrite(engine.IndexPath, format);
        Assert.False(IndexFormat.IsCurrent(engine.IndexFormatVersion));

        var summary = engine.IndexFiles([index.InputFolder]);

        Assert.True(summary.RebuiltFromOtherFormat);
        Assert.Equal((1, 2, 0, 2), (summary.FilesRead, summary.Added, summary.Unchanged, summary.Documents));
        Assert.Equal(IndexFormat.Current, engine.IndexFormatVersion);
        Assert.False(engine.IndexFiles([index.InputFolder]).RebuiltFromOtherFormat);
    }

    [Fact]
    public void Index_over_an_index_without_a_format_rewrites_articles_an_older_mapping_left_unsearchable()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Renaissance du port") + Line("a2", "Deux"));
        // Searches see each commit at once, so the test sees the older mapping before the run.
        using var engine = NewsSearchEngine.Open(Path.Combine(index.Path, "index"), new NewsSearchOptions { RefreshInterval = TimeSpan.Zero });
        engine.IndexFiles([index.InputFolder]);
        var origin = Path.Combine(index.InputFolder, "a.jsonl");
        // An older mapping: the headline stored but not searchable, no unstemmed field, no outlet doc values.
        OlderIndex.Rewrite(engine.IndexPath, format: null, writer => writer.UpdateDocument(new Term("id", "a1"), new Document
        {
            new StringField("id", "a1", Field.Store.YES),
            new StoredField("title", "Renaissance du port"),
            new StoredField("body", "Corps de l'article a1."),
            new StringField("origin", origin, Field.Store.YES),
        }));
        Assert.Equal(0, engine.Search("renaissance").Total);

        var summary = engine.IndexFiles([index.InputFolder]);

        Assert.True(summary.RebuiltFromOtherFormat);
        Assert.Equal("a1", Assert.Single(engine.Search("renaissance").Hits).Id);
        Assert.Equal(2, engine.GetStatistics().Documents);
    }

    [Fact]
    public void Rebuild_of_another_format_also_reads_the_folders_the_index_was_built_from_and_drops_files_now_gone()
    {
        using var index = new TempIndex();
        var named = index.WriteFile("named/a.jsonl", Line("a1", "Un"));
        index.WriteFile("other/b.jsonl", Line("b1", "Deux") + Line("b2", "Trois"));
        var gone = index.WriteFile("other/c.jsonl", Line("c1", "Quatre"));
        using var engine = index.Open();
        engine.IndexFiles([Path.GetDirectoryName(named)!]);
        engine.IndexFiles([Path.GetDirectoryName(gone)!]);
        OlderIndex.Rewrite(engine.IndexPath, "0");
        File.Delete(gone);

        var summary = engine.IndexFiles([Path.GetDirectoryName(named)!]);

        Assert.True(summary.RebuiltFromOtherFormat);
        Assert.Equal((2, 3, 3), (summary.FilesRead, summary.Added, summary.Documents));
        Assert.NotNull(engine.GetArticle("b2"));
        Assert.Null(engine.GetArticle("c1"));
    }

    [Fact]
    public void Cancelled_rebuild_of_another_format_leaves_the_index_and_its_format_as_they_were()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a1", "Un") + Line("a2", "Deux"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        OlderIndex.Rewrite(engine.IndexPath, "0");
        index.WriteFile("b.jsonl", Line("b1", "Trois"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var summary = engine.IndexFiles([index.InputFolder], cancellationToken: cancelled.Token);

        Assert.True(summary.Cancelled && summary.RebuiltFromOtherFormat);
        Assert.Equal(2, summary.Documents);
        Assert.Equal(0, engine.IndexFormatVersion);
        Assert.Null(engine.GetArticle("b1"));
    }

    [Fact]
    public void Articles_added_through_the_library_to_an_index_of_another_format_do_not_make_it_look_current()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        engine.IndexArticles([Some.Article("a")]);
        OlderIndex.Rewrite(engine.IndexPath, "0");

        engine.IndexArticles([Some.Article("b")]);

        Assert.Equal(0, engine.IndexFormatVersion);
        Assert.Equal(0, engine.GetStatistics().FormatVersion);
    }
}
