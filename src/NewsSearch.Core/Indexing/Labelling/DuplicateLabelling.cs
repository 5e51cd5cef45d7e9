using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsSearch.Search.Collapsing;

namespace NewsSearch.Indexing.Labelling;

/// <summary>What labelling did: how many articles got a new label, the smallest label never given, and whether only
/// the run's own stories were looked at.</summary>
internal readonly record struct LabellingResult(int Changed, long NextLabel, bool Incremental);

/// <summary>Writes which articles are near-duplicate copies of each other into the index, at the end of an indexing
/// run: each copy carries its story's label in the <see cref="FieldNames.DuplicateCluster"/> doc values (0 for an
/// article with no copy), updated in place for the few articles whose label changes and committed with the run's
/// articles. Searchers then read one small number per article, segment by segment and only for new or changed
/// segments, instead of clustering every signature of the archive each time they open the index.</summary>
/// <remarks>A run over a labelled index looks up the candidate copies of the articles it wrote and the stories of those
/// it removed (<see cref="IncrementalLabelling"/>): its cost follows the run, not the archive. A new or rebuilt index,
/// one whose last run did not end (its labels are incomplete), and a run that changed a large part of the index
/// cluster every signature instead (<see cref="DuplicateClusters.Compute"/>). Both find the same stories, but where
/// the whole-index pass stops comparing in a band bucket longer than its bound (stories of hundreds of copies).</remarks>
internal static class DuplicateLabelling
{
    /// <summary>The commit user data key of the smallest label never given; recorded only by a commit whose labels are
    /// complete, so its absence means the next run clusters the whole index.</summary>
    internal const string CommitKey = "newssearch.next-story-label";

    /// <summary>The part of the index above which a run's changes are labelled by clustering the whole index.</summary>
    private const int WholeIndexShare = 8;

    /// <summary>The smallest label never given, as the commit records it; <c>null</c> when the labels may be incomplete.</summary>
    public static long? NextLabel(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(CommitKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var next) && next > 0
            ? next
            : null;

    public static string ToCommitValue(long nextLabel) => nextLabel.ToString(CultureInfo.InvariantCulture);

    /// <summary>Labels the live articles the writer holds (flushed first) and queues the label changes.</summary>
    /// <param name="writer">The run's writer.</param>
    /// <param name="changes">What the run wrote and removed.</param>
    /// <param name="before">The index the run started from, where the removed articles' labels and signatures are read.</param>
    /// <param name="nextLabel">The start commit's <see cref="NextLabel"/>: <c>null</c> when its labels may be incomplete.</param>
    public static LabellingResult Update(IndexWriter writer, RunChanges changes, IndexSnapshot before, long? nextLabel)
    {
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        if (nextLabel is not { } next || changes.Overflowed || changes.Count > reader.NumDocs / WholeIndexShare)
        {
            return Whole(writer, reader);
        }

        var graph = new StoryGraph(reader);
        var added = changes.Written.Select(graph.Find).Where(doc => doc >= 0);
        var removed = changes.Removed.Select(before.StoryOf).OfType<(long Label, uint[] Signature)>().Where(r => r.Label != 0);
        var (labels, nextAfter) = new IncrementalLabelling(graph).Label(added, removed, next);
        foreach (var (doc, label) in labels)
        {
            writer.UpdateNumericDocValue(new Term(FieldNames.Id, graph.Id(doc)), FieldNames.DuplicateCluster, label);
        }

        return new LabellingResult(labels.Count, nextAfter, Incremental: true);
    }

    /// <summary>Clusters every live article and queues the label changes.</summary>
    private static LabellingResult Whole(IndexWriter writer, DirectoryReader reader)
    {
        var clusterOf = DuplicateClusters.Compute(reader);
        var current = CurrentLabels(reader);
        var (labels, next) = ChooseLabels(clusterOf, current);
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

        return new LabellingResult(changed, next, Incremental: false);
    }

    /// <summary>Each cluster keeps the smallest label one of its articles already has (so a story that only gained a
    /// copy rewrites one number), unless another cluster took it first; the others get new labels above every label in use.</summary>
    private static (long[] Labels, long Next) ChooseLabels(int[] clusterOf, long[] current)
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

        return (labels, next);
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
