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

    private static string Line(string id, string title, string body) => $"{{\"id\": \"{id}\", \"title\": \"{title}\", \"body\": \"{body}\"}}\n";

    [Fact]
    public void Dropped_copy_comes_back_when_the_file_of_its_kept_twin_is_removed()
    {
        using var index = new TempIndex();
        var first = index.WriteFile("a.jsonl", Line("a", "Le même titre", "Le même texte"));
        index.WriteFile("b.jsonl", Line("b", "Le même titre", "Le même texte") + Line("b2", "Autre", "Autre texte"));
        using var engine = index.Open();
        var before = engine.IndexFiles([index.InputFolder]);
        File.Delete(first);
        var after = engine.IndexFiles([index.InputFolder]);

        Assert.Equal((2, 1, 2), (before.Added, before.Duplicates, before.Documents));
        Assert.Equal((1, 1, 1, 1, 2), (after.FilesRead, after.Deleted, after.Added, after.Unchanged, after.Documents));
        Assert.Null(engine.GetArticle("a"));
        Assert.NotNull(engine.GetArticle("b"));
    }

    [Fact]
    public void Dropped_copy_comes_back_when_its_kept_twin_leaves_a_changed_file()
    {
        using var index = new TempIndex();
        var first = index.WriteFile("a.jsonl", Line("a", "Le même titre", "Le même texte"));
        index.WriteFile("b.jsonl", Line("b", "Le même titre", "Le même texte"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.WriteAllText(first, Line("a3", "Un autre article", "Un autre texte"));
        var after = engine.IndexFiles([index.InputFolder]);

        Assert.Equal((2, 2, 1, 2), (after.FilesRead, after.Added, after.Deleted, after.Documents));
        Assert.NotNull(engine.GetArticle("b"));
        Assert.NotNull(engine.GetArticle("a3"));
    }

    [Fact]
    public void Copy_stays_dropped_while_its_kept_twin_stays_in_a_changed_file()
    {
        using var index = new TempIndex();
        var first = index.WriteFile("a.jsonl", Line("a", "Le même titre", "Le même texte"));
        index.WriteFile("b.jsonl", Line("b", "Le même titre", "Le même texte"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.AppendAllText(first, Line("a4", "Un ajout", "Un texte ajouté"));
        var after = engine.IndexFiles([index.InputFolder]);
        var third = engine.IndexFiles([index.InputFolder]);

        Assert.Equal((2, 1, 1, 1, 2), (after.FilesRead, after.Added, after.Unchanged, after.Duplicates, after.Documents));
        Assert.NotNull(engine.GetArticle("a"));
        Assert.Null(engine.GetArticle("b"));
        Assert.Equal((0, 2), (third.FilesRead, third.Unchanged));
    }

    [Fact]
    public void A_change_elsewhere_does_not_make_a_file_with_dropped_copies_be_read_again()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", Line("a", "Le même titre", "Le même texte"));
        index.WriteFile("b.jsonl", Line("b", "Le même titre", "Le même texte"));
        var other = index.WriteFile("c.jsonl", Line("c", "Sans rapport", "Rien à voir"));
        using var engine = index.Open();
        engine.IndexFiles([index.InputFolder]);
        File.WriteAllText(other, Line("c", "Sans rapport", "Rien à voir, modifié"));
        var after = engine.IndexFiles([index.InputFolder]);

        Assert.Equal((1, 1, 0), (after.FilesRead, after.Updated, after.Duplicates));
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
