using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class ArticleFileReaderTests
{
    private const string RssText = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flux</title><item><title>Titre du flux</title><description>Corps</description></item></channel></rss>";

    [Theory]
    [InlineData("flux.txt", RssText, "Titre du flux")]
    [InlineData("page", "<!DOCTYPE html><html><head><title>Titre de page</title></head><body><p>Texte.</p></body></html>", "Titre de page")]
    [InlineData("export.txt", "{\"id\": \"x\", \"title\": \"Titre JSON\"}\n{\"id\": \"y\", \"title\": \"Autre\"}\n", "Titre JSON")]
    [InlineData("export.data.txt", "[{\"id\": \"x\", \"title\": \"Titre tableau\"}]", "Titre tableau")]
    [InlineData("news.xml", RssText, "Titre du flux")]
    public void Format_is_recognised_by_content_whatever_the_extension(string name, string content, string expectedTitle)
    {
        using var index = new TempIndex();
        var path = index.WriteFile(name, content);
        Assert.Equal(expectedTitle, new ArticleFileReader().Read(path).First().Article!.Title);
    }

    [Fact]
    public void Pretty_printed_single_object_is_read_as_a_json_document_not_as_lines()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("one.json", "{\n  \"id\": \"p\",\n  \"title\": \"Joli\"\n}\n");
        Assert.Equal("p", Assert.Single(new ArticleFileReader().Read(path)).Article!.Id);
    }

    [Theory]
    [InlineData("notes.md", "# Titre\n\nTexte", "unsupported format (.md)")]
    [InlineData("empty.txt", "", "empty file")]
    public void Unusable_files_are_skipped_with_a_reason(string name, string content, string reason)
    {
        using var index = new TempIndex();
        var path = index.WriteFile(name, content);
        Assert.Equal(reason, Assert.Single(new ArticleFileReader().Read(path)).Skipped!.Reason);
    }

    [Fact]
    public void Binary_file_is_skipped()
    {
        using var index = new TempIndex();
        var path = index.WriteBytes("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00]);
        Assert.Equal("binary content", Assert.Single(new ArticleFileReader().Read(path)).Skipped!.Reason);
    }

    [Fact]
    public void File_over_the_size_limit_is_skipped_unless_it_is_json_lines()
    {
        using var index = new TempIndex();
        var page = index.WriteFile("big.html", "<html><head><title>Gros</title></head><body><p>" + new string('a', 2000) + "</p></body></html>");
        var lines = index.WriteFile("big.jsonl", "{\"id\": \"l\", \"title\": \"Long\", \"body\": \"" + new string('b', 2000) + "\"}\n");
        var reader = new ArticleFileReader(maxFileBytes: 1000);
        Assert.StartsWith("too large", Assert.Single(reader.Read(page)).Skipped!.Reason);
        Assert.Equal("l", Assert.Single(reader.Read(lines)).Article!.Id);
    }

    [Fact]
    public void Json_lines_reader_reports_how_far_it_has_read()
    {
        using var index = new TempIndex();
        var path = index.WriteFile("a.jsonl", "{\"id\": \"1\", \"title\": \"Un\"}\n{\"id\": \"2\", \"title\": \"Deux\"}\n");
        var position = new ReadPosition();
        Assert.Equal(2, new ArticleFileReader().Read(path, position).Count());
        Assert.Equal(new FileInfo(path).Length, position.Bytes);
    }
}
