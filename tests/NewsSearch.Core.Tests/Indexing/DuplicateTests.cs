using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class DuplicateTests
{
    [Fact]
    public void Same_id_twice_is_one_document_holding_the_later_input()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        var summary = engine.IndexArticles([Some.Article("x", title: "Avant"), Some.Article("x", title: "Après")]);
        Assert.Equal((1, 1, 1), (summary.Added, summary.Duplicates, summary.Documents));
        Assert.Equal("Après", engine.GetArticle("x")!.Title);
    }

    [Fact]
    public void Same_url_under_another_id_is_merged_into_the_first()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        var summary = engine.IndexArticles([
            Some.Article("a", title: "Un") with { Url = "https://www.site.example/article/#haut" },
            Some.Article("b", title: "Autre titre") with { Url = "http://site.example/article" },
        ]);
        Assert.Equal((1, 1, 1), (summary.Added, summary.Duplicates, summary.Documents));
        Assert.NotNull(engine.GetArticle("a"));
    }

    [Fact]
    public void Same_title_and_body_up_to_case_accents_punctuation_and_spacing_is_merged()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        var summary = engine.IndexArticles([
            Some.Article("a", title: "L'été à Fès", body: "Il fait chaud, très chaud."),
            Some.Article("b", title: "l’ÉTÉ à  fes", body: "Il fait chaud... Très chaud !"),
            Some.Article("c", title: "L'été à Fès", body: "Il fait froid."),
        ]);
        Assert.Equal((2, 1, 2), (summary.Added, summary.Duplicates, summary.Documents));
    }

    [Fact]
    public void Copy_of_an_article_indexed_by_an_earlier_run_is_merged()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", "{\"id\": \"a\", \"title\": \"Un\", \"body\": \"Texte\", \"url\": \"https://s.example/1\"}\n");
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        index.WriteFile("b.jsonl", "{\"id\": \"b\", \"title\": \"Un autre\", \"body\": \"Texte\", \"url\": \"https://s.example/1\"}\n");
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((0, 1, 1, 1), (summary.Added, summary.Duplicates, summary.Unchanged, summary.Documents));
    }

    [Fact]
    public void Article_whose_id_changed_in_a_changed_file_is_not_taken_for_a_copy_of_its_old_self()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", "{\"id\": \"old\", \"title\": \"Un\", \"body\": \"Texte\", \"url\": \"https://s.example/1\"}\n");
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.WriteAllText(path, "{\"id\": \"new\", \"title\": \"Un\", \"body\": \"Texte\", \"url\": \"https://s.example/1\"}\n");
        var summary = engine.IndexFiles([index.InputFolder]);
        Assert.Equal((1, 1, 0, 1), (summary.Added, summary.Deleted, summary.Duplicates, summary.Documents));
        Assert.NotNull(engine.GetArticle("new"));
    }

    [Fact]
    public void Articles_without_url_and_with_different_text_are_never_merged()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        var summary = engine.IndexArticles(Enumerable.Range(0, 50).Select(i => Some.Article($"id{i}", title: $"Titre {i}", body: $"Corps {i}")));
        Assert.Equal((50, 0), (summary.Added, summary.Duplicates));
    }
}
