using System.Collections.Concurrent;
using Lucene.Net.Search;
using NewsSearch.Analysis;

namespace NewsSearch.Search.Matching;

/// <summary>The <see cref="WrittenFormFilter"/>s of recent queries, each caching its documents per segment, so that
/// paging, counting and reopening after a commit only read the postings of new segments.</summary>
internal sealed class WrittenFormFilters
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    /// <summary>The filter keeping the articles that write <paramref name="stem"/> as one of <paramref name="forms"/>.</summary>
    public Filter For(string stem, IReadOnlyList<string> forms)
    {
        var key = stem + "\u0001" + string.Join('\u0001', forms);
        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_filters.Count >= Capacity)
        {
            // Queries come and go; starting again is cheaper than tracking which filter was used last.
            _filters.Clear();
        }

        var hashes = forms.Select(SurfaceMarks.HashOf).Distinct().ToArray();
        return _filters.GetOrAdd(key, _ => new CachingWrapperFilter(new WrittenFormFilter(stem, hashes)));
    }
}
