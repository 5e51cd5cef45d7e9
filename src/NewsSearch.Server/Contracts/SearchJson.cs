using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsSearch.Search;

namespace NewsSearch.Server.Contracts;

/// <summary>The JSON of one search, shared by <c>newssearch search --json</c> and <c>GET /api/search</c> so the two can never disagree.</summary>
/// <param name="Query">The query text as given.</param>
/// <param name="Total">How many articles match in all.</param>
/// <param name="Page">The 1-based page returned.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Hits">The hits of this page, best first.</param>
/// <param name="Notices">How the query was understood, when that is not obvious.</param>
/// <param name="Suggestion">A corrected query when the query looks misspelt, else <c>null</c>.</param>
/// <param name="Facets">Counts per outlet, year and month over all the hits.</param>
/// <param name="ElapsedMs">Time the engine spent answering, in milliseconds.</param>
/// <param name="Articles">Matching articles counting every copy of a story (equals <paramref name="Total"/> when nothing was collapsed).</param>
/// <param name="Collapsed">Whether near-duplicate copies were folded into one hit.</param>
/// <param name="ExpandedQuery">The query as run (synonyms, corrections), when explanations were asked for.</param>
/// <param name="Expansions">How the words were read (synonym groups, learned acronyms, corrections), when explanations were asked for.</param>
public sealed record SearchJson(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<HitJson> Hits,
    IReadOnlyList<string> Notices,
    string? Suggestion,
    FacetsJson Facets,
    double ElapsedMs,
    int Articles,
    bool Collapsed,
    string? ExpandedQuery,
    IReadOnlyList<string>? Expansions = null)
{
    /// <summary>Options both the command line and the server serialise with: camelCase names, readable French and <c>&lt;mark&gt;</c> tags.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Applies the shared naming and escaping to a serializer's options (the server's or the command line's).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Snippets carry <mark> tags and French text: keep them readable rather than \u-escaped.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }

    /// <summary>Maps engine results to their JSON shape.</summary>
    public static SearchJson From(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SearchJson(
            results.Query,
            results.Total,
            results.Page,
            results.PageSize,
            results.Hits.Select(HitJson.From).ToList(),
            results.Notices,
            results.Suggestion,
            FacetsJson.From(results.Facets),
            Math.Round(results.Elapsed.TotalMilliseconds, 1),
            results.Articles,
            results.Collapsed,
            results.ExpandedQuery,
            results.ExpandedQuery is null ? null : results.Expansions);
    }

    /// <summary>An ISO date (<c>2023-10-24</c>) or <c>null</c>.</summary>
    public static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One ranked article of a result page.</summary>
/// <param name="Rank">1-based rank over the whole result list.</param>
/// <param name="Id">The article id.</param>
/// <param name="Score">The relevance score, comparable only within one search.</param>
/// <param name="Title">The headline (plain text: escape it before putting it in HTML).</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="Published">The ISO publication date, when known.</param>
/// <param name="Url">The original address, when known.</param>
/// <param name="Snippet">The best passage, HTML-escaped, matched words in <c>&lt;mark&gt;</c>.</param>
/// <param name="Copies">Near-duplicate copies of this story folded into this hit (0 when none).</param>
/// <param name="Explanation">A short score breakdown, when explanations were asked for.</param>
public sealed record HitJson(int Rank, string Id, double Score, string Title, string? Source, string? Published, string? Url, string Snippet, int Copies, string? Explanation)
{
    /// <summary>Maps one engine hit.</summary>
    public static HitJson From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new HitJson(hit.Rank, hit.Id, Math.Round(hit.Score, 4), hit.Title, hit.Source, SearchJson.IsoDate(hit.Published), hit.Url, hit.Snippet, hit.Copies, hit.Explanation);
    }
}

/// <summary>Facet counts over all the hits of a search.</summary>
/// <param name="Sources">Hits per outlet, most first.</param>
/// <param name="Years">Hits per year (<c>2023</c>), newest first.</param>
/// <param name="Months">Hits per month (<c>2023-10</c>), newest first.</param>
public sealed record FacetsJson(IReadOnlyList<FacetCount> Sources, IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Months)
{
    /// <summary>Maps the engine's facet counts.</summary>
    public static FacetsJson From(SearchFacets facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        return new FacetsJson(facets.Sources, facets.Years, facets.Months);
    }
}
