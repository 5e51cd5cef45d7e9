using System.Text.Json.Serialization;
using NewsSearch.Articles;
using NewsSearch.Indexing;

namespace NewsSearch.Server.Contracts;

/// <summary>A full article as the API returns it (plain text fields: escape them before putting them in HTML).</summary>
/// <param name="Id">The article id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Body">The text, paragraphs separated by a blank line.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="Published">The ISO publication date, when known.</param>
/// <param name="Url">The original address, when known.</param>
/// <param name="Lang">The language code, when known.</param>
public sealed record ArticleJson(string Id, string Title, string Body, string? Source, string? Published, string? Url, string? Lang)
{
    /// <summary>Maps an article.</summary>
    public static ArticleJson From(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleJson(article.Id, article.Title, article.Body, article.Source, SearchJson.IsoDate(article.Published), article.Url, article.Lang);
    }
}

/// <summary>Articles like a given one.</summary>
/// <param name="Id">The article they are like.</param>
/// <param name="Hits">The similar articles, most similar first (snippets are the opening of each body).</param>
public sealed record SimilarJson(string Id, IReadOnlyList<HitJson> Hits);

/// <summary>What the index holds: the answer of <c>GET /api/stats</c>, and of <c>stats --json</c> with the index folder.</summary>
/// <param name="Documents">Articles in the index.</param>
/// <param name="Sources">Articles per outlet, most first.</param>
/// <param name="From">The earliest ISO publication date.</param>
/// <param name="To">The latest ISO publication date.</param>
/// <param name="SizeBytes">Bytes the index takes on disk.</param>
/// <param name="FormatVersion">The index format it was built with (null when an older build recorded none).</param>
/// <param name="FormatCurrent">Whether that is the format this version writes (otherwise <c>reindex</c> refreshes it).</param>
/// <param name="Version">The version of NewsSearch answering.</param>
public sealed record StatsJson(int Documents, IReadOnlyDictionary<string, int> Sources, string? From, string? To, long SizeBytes,
    int? FormatVersion, bool FormatCurrent, string Version)
{
    /// <summary>The index folder: given by the command line, never by the server (it would tell clients about its disk).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>When the index last received articles (ISO 8601, UTC); null when it records none.</summary>
    public string? LastReceived { get; init; }

    /// <summary>Maps index statistics (without the folder).</summary>
    public static StatsJson FromStatistics(IndexStatistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new StatsJson(stats.Documents, stats.Sources, SearchJson.IsoDate(stats.From), SearchJson.IsoDate(stats.To), stats.SizeBytes,
            stats.FormatVersion, IndexFormat.IsCurrent(stats.FormatVersion), NewsSearchEngine.Version)
        {
            LastReceived = stats.LastReceived?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>The answer of <c>GET /health</c>.</summary>
/// <param name="Status"><c>ok</c> when the index is open and searchable.</param>
/// <param name="Empty">Whether the index holds no article yet.</param>
public sealed record HealthJson(string Status, bool Empty);
