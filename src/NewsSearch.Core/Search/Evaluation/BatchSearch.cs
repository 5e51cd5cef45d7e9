namespace NewsSearch.Search.Evaluation;

/// <summary>The outcome of one query of a batch: its ranked hits, or why it could not be run.</summary>
/// <param name="Hits">Ranked hits, best first (empty when nothing matched or the query could not be run).</param>
/// <param name="Problem">Why the query yielded nothing, when the engine said so (no searchable word, bad request); else <c>null</c>.</param>
public sealed record BatchOutcome(IReadOnlyList<SearchHit> Hits, string? Problem);

/// <summary>Runs evaluation queries through the engine exactly as a person's search runs (same parsing, ranking and
/// defaults), without snippets, to a chosen depth.</summary>
public static class BatchSearch
{
    /// <summary>The deepest ranking a batch asks for.</summary>
    public const int MaxDepth = 1_000;

    /// <summary>Searches <paramref name="query"/> and returns its first <paramref name="depth"/> hits.
    /// Never throws for a bad query text: the problem is returned instead.</summary>
    public static BatchOutcome Run(NewsSearchEngine engine, string query, int depth)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, MaxDepth);
        var hits = new List<SearchHit>();
        IReadOnlyList<string> notices = [];
        for (var page = 1; hits.Count < depth; page++)
        {
            var results = engine.Search(new SearchRequest
            {
                Query = query,
                Page = page,
                PageSize = SearchRequest.MaxPageSize,
                // Runs are judged article by article: every copy of a story keeps its own rank, and nothing else is needed.
                Snippets = false,
                Facets = false,
                CollapseDuplicates = false,
            });
            notices = results.Notices;
            hits.AddRange(results.Hits.Take(depth - hits.Count));
            if (results.Hits.Count < SearchRequest.MaxPageSize || page * SearchRequest.MaxPageSize >= results.Total)
            {
                break;
            }
        }

        return new BatchOutcome(hits, hits.Count == 0 && notices.Count > 0 ? string.Join(" ", notices) : null);
    }

    /// <summary>Runs every query and keeps the ranked ids (for <see cref="EvaluationReport.Score"/>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RunAll(NewsSearchEngine engine, IEnumerable<EvaluationQuery> queries, int depth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var runs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs[query.Id] = Run(engine, query.Text, depth).Hits.Select(h => h.Id).ToList();
        }

        return runs;
    }
}
