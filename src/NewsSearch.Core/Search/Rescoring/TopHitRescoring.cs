namespace NewsSearch.Search.Rescoring;

/// <summary>How a pager rescores the first hits of a relevance ranking: how many, and their bonuses (by top-level
/// document id) from the hits themselves. The bonuses only reorder those first hits: every other hit keeps its
/// score and place.</summary>
/// <param name="Depth">How many of the first hits are rescored.</param>
/// <param name="Bonuses">The bonus of each of the first hits, given them (id and score, best first).</param>
internal sealed record TopHitRescoring(int Depth, Func<IReadOnlyList<(int Doc, float Score)>, IReadOnlyDictionary<int, float>> Bonuses);
