using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsSearch.Search.Collapsing;

namespace NewsSearch.Indexing;

/// <summary>Writes which articles are near-duplicate copies of each other into the index, at the end of an indexing
/// run: each copy carries its story's label in the <see cref="FieldNames.DuplicateCluster"/> doc values (0 for an
/// article with no copy), updated in place for the few articles whose label changes and committed with the run's
/// articles. Searchers then read one small number per article, segment by segment and only for new or changed
/// segments, instead of clustering every signature of the archive each time they open the index.</summary>
internal static class DuplicateLabelling
{
    /// <summary>Clusters the live articles the writer holds (flushed first) and queues the label changes.</summary>
    /// <returns>How many articles got a new label.</returns>
    public static int Update(IndexWriter writer)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        var clusterOf = DuplicateClusters.Compute(reader);
        var current = CurrentLabels(reader);
        var labels = ChooseLabels(clusterOf, current);
        var changed = 0;
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var top = leaf.DocBase + doc;
                var wanted = clusterOf[top] < 0 ? 0 : labels[clusterOf[top]];
                if ((live is null || live.Get(doc)) && wanted != current[top])
                {
                    var visitor = new DocumentStoredFieldVisitor(FieldNames.Id);
                    leaf.AtomicReader.Document(doc, visitor);
                    writer.UpdateNumericDocValue(new Term(FieldNames.Id, visitor.Document.Get(FieldNames.Id)), FieldNames.DuplicateCluster, wanted);
                    changed++;
                }
            }
        }

        return changed;
    }

    /// <summary>Each cluster keeps the smallest label one of its articles already has (so a story that only gained a
    /// copy rewrites one number), unless another cluster took it first; the others get new labels above every label in use.</summary>
    private static long[] ChooseLabels(int[] clusterOf, long[] current)
    {
        var count = clusterOf.Length == 0 ? 0 : clusterOf.Max() + 1;
        var kept = new long[count];
        for (var doc = 0; doc < clusterOf.Length; doc++)
        {
            // Only live articles belong to a cluster.
            var c = clusterOf[doc];
            if (c >= 0 && current[doc] > 0 && (kept[c] == 0 || current[doc] < kept[c]))
            {
                kept[c] = current[doc];
            }
        }

        var next = current.DefaultIfEmpty().Max() + 1;
        var taken = new HashSet<long>();
        var labels = new long[count];
        for (var c = 0; c < count; c++)
        {
            labels[c] = kept[c] > 0 && taken.Add(kept[c]) ? kept[c] : next++;
        }

        return labels;
    }

    private static long[] CurrentLabels(IndexReader reader)
    {
        var labels = new long[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetNumericDocValues(FieldNames.DuplicateCluster) is { } values)
            {
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    labels[leaf.DocBase + doc] = values.Get(doc);
                }
            }
        }

        return labels;
    }
}
