using NewsSearch.Search.SignificantTerms;

namespace NewsSearch.Server.Contracts;

/// <summary>The JSON of a characteristic-terms answer, shared by <c>newssearch terms --json</c> and <c>GET /api/terms</c>.</summary>
/// <param name="Query">The query as given.</param>
/// <param name="Matches">Articles in its match set.</param>
/// <param name="Indexed">Articles in the whole index (the background).</param>
/// <param name="Sampled">Best-ranked matching articles read to find the candidates (fewer than <paramref name="Matches"/>
/// when the list comes from a sample; the counts are over all matches).</param>
/// <param name="Terms">Most characteristic first.</param>
/// <param name="Notices">How the query was read, when that is not obvious.</param>
/// <param name="ElapsedMs">Time the engine spent answering, in milliseconds.</param>
public sealed record TermsJson(string Query, int Matches, int Indexed, int Sampled, IReadOnlyList<TermJson> Terms, IReadOnlyList<string> Notices, double ElapsedMs)
{
    /// <summary>Maps an answer.</summary>
    public static TermsJson From(TermsResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new TermsJson(results.Query, results.Matches, results.Background, results.Sampled,
            [.. results.Terms.Select(t => new TermJson(t.Term, t.Matches, t.Background, t.Score, t.IsName ? "name" : "word"))],
            results.Notices, Math.Round(results.Elapsed.TotalMilliseconds, 1));
    }
}

/// <summary>One characteristic word or name.</summary>
/// <param name="Term">As most often written in the matching articles (not a stem).</param>
/// <param name="Matches">Matching articles holding it (any inflection).</param>
/// <param name="Background">Articles of the whole index holding it.</param>
/// <param name="Score">JLH significance: how much more frequent it is among the matches than in the index.</param>
/// <param name="Kind"><c>word</c> or <c>name</c> (two words).</param>
public sealed record TermJson(string Term, int Matches, int Background, double Score, string Kind);
