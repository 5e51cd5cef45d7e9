using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Search.Matching;

/// <summary>Whether a query matches anything: stops at the first hit instead of scoring and counting them all.</summary>
internal sealed class AnyHit : ICollector
{
    private bool _found;

    public bool AcceptsDocsOutOfOrder => true;

    public static bool Exists(IndexSearcher searcher, Query query, Filter? filter)
    {
        var collector = new AnyHit();
        searcher.Search(query, filter, collector);
        return collector._found;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        _found = true;
        throw new CollectionTerminatedException();
    }

    // Once a hit is found, the remaining segments are skipped.
    public void SetNextReader(AtomicReaderContext context)
    {
        if (_found)
        {
            throw new CollectionTerminatedException();
        }
    }
}
