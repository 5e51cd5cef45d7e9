using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsSearch.Core.Tests;

/// <summary>Makes an index built by this version look as if another version had built it: rewrites the format its
/// latest commit records (keeping the rest of the commit data, such as the file manifest) and optionally changes
/// documents in the same commit, as an older mapping would have written them. No indexing run may be in progress.</summary>
internal static class OlderIndex
{
    /// <summary>The commit user data key of the index format, spelled out: a test that reused the product's constant
    /// would follow it if it were renamed, and no longer see what older indexes really hold.</summary>
    public const string FormatKey = "newssearch.format";

    /// <param name="indexPath">The index folder.</param>
    /// <param name="format">The format to record, as text (anything, for unreadable values), or <c>null</c> for none.</param>
    /// <param name="change">Writes documents in the older mapping before the commit.</param>
    public static void Rewrite(string indexPath, string? format, Action<IndexWriter>? change = null)
    {
        using var directory = FSDirectory.Open(indexPath);
        Dictionary<string, string> data;
        using (var reader = DirectoryReader.Open(directory))
        {
            data = new Dictionary<string, string>(reader.IndexCommit.UserData, StringComparer.Ordinal);
        }

        data.Remove(FormatKey);
        if (format is not null)
        {
            data[FormatKey] = format;
        }

        using var analyzer = new KeywordAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.APPEND });
        change?.Invoke(writer);
        writer.SetCommitData(data);
        writer.Commit();
    }

    /// <summary>The format the latest commit records, as text; <c>null</c> when it records none.</summary>
    public static string? FormatOf(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(FormatKey, out var format) ? format : null;
    }
}
