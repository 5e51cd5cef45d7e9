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
