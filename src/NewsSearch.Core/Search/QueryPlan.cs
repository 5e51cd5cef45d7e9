using Lucene.Net.Search;

namespace NewsSearch.Search;

/// <summary>What a query text turned into: the Lucene query to run and what was done to the words on the way.</summary>
/// <param name="Query">The ranking query (any concept matches), or <c>null</c> when nothing is left to search.</param>
/// <param name="Suggestion">The query with its misspelt words replaced by the indexed spelling, when any was; else <c>null</c>.</param>
/// <param name="Expansions">Synonyms and corrections applied, as <c>typed → added</c> lines (for explanations).</param>
/// <param name="Rescore">What the rescoring of the top hits looks for, or <c>null</c> when the query has no plain words.</param>
internal sealed record QueryPlan(Query? Query, string? Suggestion, IReadOnlyList<string> Expansions, Rescoring.RescoreTerms? Rescore = null)
{
    /// <summary>The match set's query: <see cref="Query"/> restricted to the articles holding every concept (most of a
    /// question's); the same object as <see cref="Query"/> when that restricts nothing.</summary>
    public Query? Matching { get; init; }

    /// <summary>The match set's query when no article holds every concept: <see cref="Query"/> without the word
    /// families, which only rank; the same object as <see cref="Query"/> when it has none.</summary>
    public Query? Relaxed { get; init; }
}
