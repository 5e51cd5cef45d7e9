using System.Globalization;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>The version of what an index holds (fields, how they are analysed), recorded in every commit, so an
/// index written by another build is recognised instead of silently missing fields and ranking worse.</summary>
public static class IndexFormat
{
    /// <summary>The format this build writes. Bump it whenever what is indexed changes: a field added, removed or
    /// renamed, a field's options, the analysis chain (tokenizer, filters, stemming, synonyms), or how an article is
    /// mapped to fields. Incremental <c>index</c> then rebuilds older indexes; searches over them warn.
    /// An index that records no format was built before formats were recorded, and counts as another format.</summary>
    /// <remarks>2: no unstemmed <c>exact</c> field; the stemmed fields carry <see cref="Analysis.SurfaceMarks"/> payloads instead.
    /// 3: near-duplicate copies carry their story's label (<see cref="FieldNames.DuplicateCluster"/>), written at indexing,
    /// and every article records when it was first indexed (<c>indexed_at</c> doc values), for saved searches.
    /// 4: the acronyms each article defines (<see cref="AcronymTerms"/>); the body's words after its lead set
    /// <see cref="Analysis.LeadGapFilter.Gap"/> positions further on.
    /// 5: the keys of each signature's bands as terms (<see cref="FieldNames.DuplicateBand"/>), so a run labels the copies
    /// of its own articles by looking their candidates up instead of clustering the whole archive.</remarks>
    public const int Current = 5;

    /// <summary>The commit user data key holding the format.</summary>
    internal const string CommitKey = "newssearch.format";

    /// <summary>Whether an index of this format can be used as this build writes it (a missing format is not current).</summary>
    public static bool IsCurrent(int? format) => format == Current;

    /// <summary>A recorded format for messages: its number, or "not recorded".</summary>
    public static string Describe(int? format) => format?.ToString(CultureInfo.InvariantCulture) ?? "not recorded";

    /// <summary>The format a commit records; <c>null</c> when it records none (or something unreadable).</summary>
    internal static int? Read(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(CommitKey, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var format)
            ? format
            : null;

    /// <summary>The value to record in a commit.</summary>
    internal static string ToCommitValue(int format) => format.ToString(CultureInfo.InvariantCulture);

    /// <summary>The format the latest commit in the directory records.</summary>
    /// <remarks>Read from the directory, not from an open reader: a commit that changes only user data does not
    /// change the segments' version, so readers are not reopened for it.</remarks>
    internal static int? Of(LuceneDirectory directory) => Read(LatestCommitData(directory));

    /// <summary>The latest commit's user data, or <c>null</c> when the directory holds no index.</summary>
    internal static IDictionary<string, string>? LatestCommitData(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return null;
        }

        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.UserData;
    }
}
