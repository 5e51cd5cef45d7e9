namespace NewsSearch.Core.Tests.Indexing;

public sealed class IdempotentIndexingTests
{
    [Fact]
    public void Indexing_the_same_sources_twice_leaves_the_same_documents()
    {
        using var temp = new TempIndex();
        temp.WriteFile("a.jsonl", """
            {"id": "a1", "title": "Un", "body": "Premier."}
            {"id": "a2", "title": "Deux", "body": "Second."}
            """);
        using var engine = temp.Open();

        var first = engine.IndexFiles([temp.InputFolder]);
        var second = engine.IndexFiles([temp.InputFolder]);

        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
        Assert.Equal(2, second.Documents);
        Assert.Equal(2, engine.GetStatistics().Documents);
    }

    [Fact]
    public void An_article_indexed_again_with_new_content_is_updated_not_added()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([Some.Article("x", body: "Ancien texte sur la pêche.")]);

        var summary = engine.IndexArticles([Some.Article("x", body: "Nouveau texte sur l'agriculture.")]);

        Assert.Equal((0, 1), (summary.Added, summary.Updated));
        Assert.Equal(1, engine.GetStatistics().Documents);
        Assert.Equal(0, engine.Search("pêche").Total);
        Assert.Equal("x", Assert.Single(engine.Search("agriculture").Hits).Id);
    }

    [Fact]
    public void The_same_id_twice_in_one_run_counts_as_one_document_and_one_duplicate()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();

        var summary = engine.IndexArticles([Some.Article("x", body: "Version un."), Some.Article("x", body: "Version deux.")]);

        Assert.Equal((1, 1), (summary.Added, summary.Duplicates));
        Assert.Equal(1, engine.GetStatistics().Documents);
        Assert.Equal("Version deux.", engine.GetArticle("x")!.Body);
    }

    [Fact]
    public void Missing_and_bad_inputs_are_listed_in_the_summary_and_good_ones_indexed()
    {
        using var temp = new TempIndex();
        var good = temp.WriteFile("good.jsonl", """{"id": "g", "title": "Bon", "body": "Texte."}""");
        temp.WriteBytes("binary.txt", [0, 1, 2, 3]);
        using var engine = temp.Open();

        var summary = engine.IndexFiles([temp.InputFolder, Path.Combine(temp.Path, "nowhere")]);

        Assert.Equal(1, summary.Added);
        Assert.Equal(2, summary.Skipped.Count);
        Assert.Contains(summary.Skipped, s => s.Reason == "binary content");
        Assert.Contains(summary.Skipped, s => s.Reason == "no such file or folder");
        Assert.Equal(1, summary.SkippedByReason["binary content"]);
        Assert.True(File.Exists(good));
    }

    [Fact]
    public void Statistics_report_documents_sources_and_date_range()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([
            Some.Article("a", source: "Le Matin", published: new DateOnly(2021, 3, 4)),
            Some.Article("b", source: "Le Matin", published: new DateOnly(2019, 1, 1)),
            Some.Article("c", source: "L'opinion", published: new DateOnly(2023, 10, 24)),
        ]);

        var stats = engine.GetStatistics();

        Assert.Equal(3, stats.Documents);
        Assert.Equal(2, stats.Sources["Le Matin"]);
        Assert.Equal(1, stats.Sources["L'opinion"]);
        Assert.Equal(new DateOnly(2019, 1, 1), stats.From);
        Assert.Equal(new DateOnly(2023, 10, 24), stats.To);
        Assert.True(stats.SizeBytes > 0);
    }
}
