namespace NewsSearch.Search.Listing;

/// <summary>The order of a listing of the match set.</summary>
internal enum MatchOrder
{
    /// <summary>Best score first (ties: lower document id first, as Lucene's collectors).</summary>
    Relevance,

    /// <summary>Newest publication date first, then by relevance.</summary>
    Date,

    /// <summary>Latest indexed first, then newest publication date, then by relevance.</summary>
    Indexed,
}
