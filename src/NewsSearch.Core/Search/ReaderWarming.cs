using Lucene.Net.Index;
using NewsSearch.Search.Collapsing;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search;

/// <summary>Reads what searches need of a newly reopened index before any search sees it: the per-segment arrays of
/// days, outlets and story labels (only for segments new since the last reader: the others are cached with their
/// cores) and the reader's near-duplicate clusters. Done where the index is reopened, off the search path, so the
/// first search after a commit costs what any search costs.</summary>
internal static class ReaderWarming
{
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentValues.For(leaf.AtomicReader);
        }

        DuplicateClusters.Warm(reader);
    }
}
