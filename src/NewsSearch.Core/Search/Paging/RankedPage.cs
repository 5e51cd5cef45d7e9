namespace NewsSearch.Search.Paging;

/// <summary>One hit of a page before its stored fields are read.</summary>
/// <param name="Doc">Top-level document id.</param>
/// <param name="Score">Relevance score.</param>
/// <param name="Rank">1-based rank over the whole (collapsed) result list.</param>
/// <param name="Copies">Near-duplicate copies of this article in the result set that it stands for.</param>
/// <param name="Day">Publication day number (0 when undated or not read).</param>
internal sealed record RankedDoc(int Doc, float Score, int Rank, int Copies, int Day = 0);

/// <summary>Where a served page ended in a pass over all hits: the next page keeps only the hits ranked after it.</summary>
/// <param name="Score">The last hit's score.</param>
/// <param name="Day">The last hit's publication day.</param>
/// <param name="Doc">The last hit's top-level document id.</param>
internal sealed record HitCursor(float Score, int Day, int Doc);

/// <summary>A page of ranked documents and the counts of the whole result set.</summary>
/// <param name="Docs">The page, best first.</param>
/// <param name="Total">Results one can page through (stories, when copies are collapsed).</param>
/// <param name="Articles">Matching articles, copies included.</param>
/// <param name="Facets">Counts over all matching articles, or none when not asked for.</param>
internal sealed record RankedPage(IReadOnlyList<RankedDoc> Docs, int Total, int Articles, SearchFacets Facets);
