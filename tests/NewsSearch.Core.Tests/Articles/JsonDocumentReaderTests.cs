using System.Text;
using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class JsonDocumentReaderTests
{
    private static List<ReadResult> Parse(string json) => JsonDocumentReader.Parse("a.json", Encoding.UTF8.GetBytes(json), CancellationToken.None);

    [Fact]
    public void Array_of_article_objects_gives_one_article_each()
    {
        var results = Parse("""
            [
              {"id": "a", "title": "Un", "body": "Premier.", "source": "Le Matin", "published": "24/10/2023"},
              {"id": "b", "title": "Deux", "body": "Second.", "published": "lundi 23 octobre 2023"}
            ]
            """);
        Assert.Equal(["a", "b"], results.Select(r => r.Article!.Id));
        Assert.Equal(new DateOnly(2023, 10, 24), results[0].Article!.Published);
        Assert.Equal(new DateOnly(2023, 10, 23), results[1].Article!.Published);
    }

    [Fact]
    public void A_single_object_is_one_article()
    {
        Assert.Equal("solo", Assert.Single(Parse("""{"id": "solo", "title": "Seul"}""")).Article!.Id);
    }

    [Fact]
    public void Bad_element_is_skipped_with_its_line_and_the_others_kept()
    {
        var results = Parse("[\n{\"id\": \"a\", \"title\": \"Un\"},\n42,\n{\"id\": \"c\", \"body\": \"Trois\"}\n]");
        Assert.Equal("a", results[0].Article!.Id);
        Assert.Equal((3, "expected a JSON object, found number"), (results[1].Skipped!.Line!.Value, results[1].Skipped!.Reason));
        Assert.Equal("c", results[2].Article!.Id);
    }

    [Fact]
    public void Array_cut_short_keeps_the_complete_articles_and_reports_the_cut()
    {
        var results = Parse("[\n{\"id\": \"a\", \"title\": \"Un\"},\n{\"id\": \"b\", \"title\": \"Cou");
        Assert.Equal("a", results[0].Article!.Id);
        Assert.StartsWith("invalid JSON", results[1].Skipped!.Reason);
        Assert.Equal(3, results[1].Skipped!.Line);
    }

    [Fact]
    public void Top_level_value_that_is_not_an_array_or_object_is_skipped()
    {
        Assert.StartsWith("invalid JSON", Assert.Single(Parse("\"texte\"")).Skipped!.Reason);
    }
}

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Lines_are_read_with_bom_crlf_blank_lines_and_a_last_line_without_newline()
    {
        using var index = new TempIndex();
        var path = index.WriteBytes("a.jsonl", [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(
            "{\"id\": \"1\", \"title\": \"Été\"}\r\n\r\n   \n{\"id\": \"2\", \"title\": \"Deux\"}")]);
        var results = new ArticleFileReader().Read(path).ToList();
        Assert.Equal([("1", "Été"), ("2", "Deux")], results.Select(r => (r.Article!.Id, r.Article.Title)));
    }

    [Fact]
    public void Bad_lines_are_skipped_with_their_line_number_and_the_rest_is_read()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", "{\"id\": \"1\", \"title\": \"Un\"}\nnot json\n{\"id\": \"3\"}\n{\"id\": \"4\", \"body\": \"Quatre\"}\n{\"id\": \"5\", \"ti");
        var results = new ArticleFileReader().Read(path).ToList();
        Assert.Equal(["1", "4"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        Assert.Equal([2, 3, 5], results.Where(r => r.Skipped is not null).Select(r => r.Skipped!.Line!.Value));
        Assert.Equal("no title and no body", results[2].Skipped!.Reason);
    }

    [Fact]
    public void Windows_1252_lines_are_decoded()
    {
        using var index = new TempIndex();
        var path = index.WriteBytes("latin1.jsonl", TextDecoding.Windows1252.GetBytes("{\"id\": \"l\", \"title\": \"L’été à Fès\"}\n"));
        Assert.Equal("L’été à Fès", Assert.Single(new ArticleFileReader().Read(path)).Article!.Title);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        using var index = new TempIndex();
        var body = new string('x', 200_000);
        var path = index.WriteFile("long.jsonl", $"{{\"id\": \"long\", \"body\": \"{body}\"}}\n{{\"id\": \"next\", \"title\": \"Suite\"}}\n");
        var results = new ArticleFileReader().Read(path).ToList();
        Assert.Equal((200_000, "next"), (results[0].Article!.Body.Length, results[1].Article!.Id));
    }
}
