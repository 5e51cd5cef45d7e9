namespace NewsSearch.Core.Tests.Search;

public sealed class SnippetTests : IDisposable
{
    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public SnippetTests()
    {
        _engine = _temp.Open();
        _engine.IndexFiles([Some.SeedPath]);
    }

    [Fact]
    public void Matched_words_are_marked_in_the_best_passage()
    {
        var snippet = _engine.Search("IA responsable").Hits[0].Snippet;
        Assert.Contains("(<mark>IA</mark>) <mark>responsable</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Intelligence</mark> <mark>Artificielle</mark> (", snippet, StringComparison.Ordinal); // the synonym of IA
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 120, 320);
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Unaccented_and_inflected_queries_mark_the_word_as_written()
    {
        Assert.Contains("l'<mark>éthique</mark>", _engine.Search("ethique").Hits[0].Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>responsable</mark>", _engine.Search("responsables").Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Elided_article_stays_outside_the_mark()
    {
        var snippet = _engine.Search("éthique").Hits[0].Snippet;
        Assert.Contains("l'<mark>éthique</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>l'", snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Article_text_is_html_escaped_and_only_marks_are_markup()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([Some.Article("x", "Titre", "Le code <script>alert('x')</script> & la \"sécurité\" des sites.")]);

        var snippet = engine.Search("sécurité").Hits[0].Snippet;

        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.Contains("&quot;<mark>sécurité</mark>&quot;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coeur")]
    [InlineData("Cœur")]
    public void A_ligature_word_is_found_either_way_and_marked_as_written(string query)
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexArticles([Some.Article("x", "Médina", "Au cœur de la médina de Fès, l’œuvre des artisans.")]);

        Assert.Contains("Au <mark>cœur</mark> de la médina", engine.Search(query).Hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hit_without_body_match_shows_the_body_opening()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        var body = string.Join(' ', Enumerable.Repeat("Les députés ont siégé toute la nuit au parlement.", 10));
        engine.IndexArticles([Some.Article("x", "Sécheresse au Sahel", body)]);

        var snippet = engine.Search("sécheresse").Hits[0].Snippet;

        Assert.StartsWith("Les députés ont siégé", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}
