namespace NewsSearch.Search.SignificantTerms;

/// <summary>The terms most characteristic of a query's match set.</summary>
public sealed record TermsResults
{
    /// <summary>The query text as given.</summary>
    public required string Query { get; init; }

    /// <summary>Articles in the match set (within the filters).</summary>
    public required int Matches { get; init; }

    /// <summary>Live articles in the whole index: the background the match set is compared with.</summary>
    public required int Background { get; init; }

    /// <summary>How many of the best-ranked matching articles were read to find candidate terms; when fewer than
    /// <see cref="Matches"/>, the list comes from that sample (its counts are still over the whole match set).</summary>
    public required int Sampled { get; init; }

    /// <summary>The terms, most characteristic first.</summary>
    public required IReadOnlyList<CharacteristicTerm> Terms { get; init; }

    /// <summary>How the query was read, when that is not obvious (as <see cref="SearchResults.Notices"/>).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Time spent answering.</summary>
    public TimeSpan Elapsed { get; init; }
}

/// <summary>One characteristic word or name.</summary>
/// <param name="Term">The word or name as most often written in the matching articles (<c>vaccins</c>,
/// <c>Emmanuel Macron</c>); its counts take in every inflection of it (<c>vaccin</c>, <c>vaccins</c>).</param>
/// <param name="Matches">Matching articles holding it.</param>
/// <param name="Background">Articles of the whole index holding it.</param>
/// <param name="Score">How over-represented it is in the match set (JLH: the difference of the two rates times
/// their ratio); comparable within one answer.</param>
/// <param name="IsName">Whether it is a two-word name rather than a single word.</param>
public sealed record CharacteristicTerm(string Term, int Matches, int Background, double Score, bool IsName);
