using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class JsonLinesReadingTests
{
    [Fact]
    public void Each_line_becomes_an_article_with_its_fields()
    {
        using var temp = new TempIndex();
        var path = temp.WriteFile("a.jsonl",
            """
            {"id": "a1", "title": "Titre un", "body": "Corps un.", "source": "Orange Actu", "published": "2020-05-20T22:07:01+02:00", "url": "https://example.org/a1", "lang": "fr"}
            {"id": "a2", "title": "Titre deux", "body": "Corps deux.", "published": "2019-01-02"}
            """);
        var articles = new ArticleFileReader().Read(path).Select(r => r.Article!).ToList();
        Assert.Equal(["a1", "a2"], articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2020, 5, 20), articles[0].Published);
        Assert.Equal("Orange Actu", articles[0].Source);
        Assert.Equal("https://example.org/a1", articles[0].Url);
        Assert.Equal(new DateOnly(2019, 1, 2), articles[1].Published);
        Assert.Null(articles[1].Source);
    }

    [Fact]
    public void Malformed_lines_are_skipped_with_their_line_number_and_the_rest_is_read()
    {
        using var temp = new TempIndex();
        var path = temp.WriteFile("bad.jsonl",
            """
            {"id": "ok1", "title": "Bon", "body": "Texte."}
            {"id": "broken", "title": "Pas fermé
            {"id": "empty", "title": "", "body": "  "}
            [1, 2]

            {"id": "ok2", "title": "Bon aussi", "body": "Texte."}
            """);
        var results = new ArticleFileReader().Read(path).ToList();
        Assert.Equal(["ok1", "ok2"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var skipped = results.Where(r => r.Skipped is not null).Select(r => r.Skipped!).ToList();
        Assert.Equal([2, 3, 4], skipped.Select(s => s.Line ?? 0));
        Assert.StartsWith("invalid JSON", skipped[0].Reason, StringComparison.Ordinal);
        Assert.Equal("no title and no body", skipped[1].Reason);
        Assert.StartsWith("expected a JSON object", skipped[2].Reason, StringComparison.Ordinal);
        Assert.All(skipped, s => Assert.Equal(path, s.Path));
    }

    [Fact]
    public void Article_without_id_takes_its_url_and_a_bad_date_is_left_empty()
    {
        var result = JsonLinesReader.ParseLine("f.jsonl", 1, System.Text.Encoding.UTF8.GetBytes("""{"title": "T", "body": "B", "url": "https://x.org/1", "published": "not a date"}"""));
        Assert.Equal("https://x.org/1", result.Article!.Id);
        Assert.Null(result.Article.Published);
    }

    [Fact]
    public void Binary_and_empty_files_are_skipped_with_a_reason()
    {
        using var temp = new TempIndex();
        var binary = temp.WriteBytes("blob.jsonl", [0x7B, 0x00, 0x01, 0x02, 0xFF, 0x00]);
        var empty = temp.WriteFile("empty.txt", "");
        var unsupported = temp.WriteFile("notes.pdfx", "texte");
        var reader = new ArticleFileReader();
        Assert.Equal("binary content", Assert.Single(reader.Read(binary)).Skipped!.Reason);
        Assert.Equal("empty file", Assert.Single(reader.Read(empty)).Skipped!.Reason);
        Assert.StartsWith("unsupported format", Assert.Single(reader.Read(unsupported)).Skipped!.Reason, StringComparison.Ordinal);
    }
}
