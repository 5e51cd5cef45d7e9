using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests;

/// <summary>The story labels an index stores, read straight from its latest commit.</summary>
public static class StoredLabels
{
    /// <summary>Each live article's label, by id.</summary>
    public static Dictionary<string, long> Of(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var labels = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(FieldNames.DuplicateCluster);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (leaf.AtomicReader.LiveDocs?.Get(doc) ?? true)
                {
                    labels[leaf.AtomicReader.Document(doc).Get(FieldNames.Id)] = values.Get(doc);
                }
            }
        }

        return labels;
    }
}
