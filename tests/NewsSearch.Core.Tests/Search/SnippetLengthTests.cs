using System.Net;
using System.Text.RegularExpressions;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Core.Tests.Search;

/// <summary>A snippet is a passage of about 200 characters whatever the query: acronyms that expand to several words,
/// phrases, synonyms, typos, prefixes, alternatives and questions. Lucene's span fragmenter waited forever for the
/// position after a matched phrase when a stop word followed it ("l'Union européenne et …"), and the whole body came
/// back as the snippet.</summary>
public sealed partial class SnippetLengthTests : IDisposable
{
    private const string Filler =
        "Les ministres se sont réunis mardi à Bruxelles pour discuter du calendrier, des budgets et des négociations " +
        "commerciales, sans parvenir à un accord sur les points qui fâchent depuis le début de l'année. ";

    private static readonly string[] Openings =
    [
        "Pour l'Union européenne et le Royaume-Uni, le Brexit reste une épreuve. ",
        "L'Organisation mondiale de la santé et les gouvernements suivent le coronavirus de près. ",
        "L'intelligence artificielle et la robotique transforment le travail dans les usines. ",
        "Selon l'Organisation des Nations unies et ses agences, la Syrie manque de tout. ",
        "Le Fonds monétaire international et la Banque mondiale prêtent au Maroc. ",
    ];

    private readonly TempIndex _temp = new();
    private readonly NewsSearchEngine _engine;

    public SnippetLengthTests()
    {
        _engine = _temp.Open();
        var articles = new List<NewsSearch.Articles.NewsArticle>();
        for (var i = 0; i < 20; i++)
        {
            // Long bodies where every paragraph opens with a multi-word name followed by a stop word.
            var paragraphs = Enumerable.Range(0, 12).Select(p => Openings[(i + p) % Openings.Length] + Filler + $"Paragraphe {p}.");
            articles.Add(Some.Article($"long{i}", $"Dépêche {i}", string.Join("\n\n", paragraphs)));
        }

        _engine.IndexArticles(articles);
    }

    [Theory]
    [InlineData("UE Brexit")]
    [InlineData("UE")]
    [InlineData("OMS coronavirus")]
    [InlineData("IA robotique")]
    [InlineData("ONU Syrie")]
    [InlineData("FMI Maroc")]
    [InlineData("\"union européenne\"")]
    [InlineData("\"Organisation mondiale de la santé\" coronavirus")]
    [InlineData("union européenne OR Nations unies")]
    [InlineData("Brexti ministres")]
    [InlineData("europ* budgets")]
    [InlineData("Quand l'Union européenne et le Royaume-Uni ont-ils négocié le Brexit ?")]
    [InlineData("title:Dépêche Bruxelles")]
    public void Every_snippet_is_one_or_two_short_passages(string query)
    {
        var hits = _engine.Search(new NewsSearch.Search.SearchRequest { Query = query, PageSize = 20 }).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            var text = WebUtility.HtmlDecode(Marks().Replace(hit.Snippet, "")).Replace("…", "", StringComparison.Ordinal).Trim();
            Assert.InRange(text.Length, 1, SnippetBuilder.MaxLength);
        });
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Marks();
}
