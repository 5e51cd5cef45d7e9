using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsSearch.Indexing;

/// <summary>The index as it was when an indexing run began: what the run compares its input against.
/// Empty for a new index or a rebuild.</summary>
internal sealed class IndexSnapshot(DirectoryReader? reader) : IDisposable
{
    private readonly Dictionary<string, List<string>> _idsByOrigin = new(StringComparer.Ordinal);

    /// <summary>The stored content hash of the live document with this id, or <c>null</c> when there is none.</summary>
    public string? HashOf(string id) =>
        FirstLive(FieldNames.Id, id) is { } hit ? Load(hit, FieldNames.ContentHash).Get(FieldNames.ContentHash) ?? "" : null;

    /// <summary>When the live document with this id was first indexed (0 when it records no time: indexed by an older
    /// version), or <c>null</c> when there is none.</summary>
    public long? IndexedAtOf(string id) =>
        FirstLive(FieldNames.Id, id) is { } hit ? hit.Leaf.GetNumericDocValues(FieldNames.IndexedAt)?.Get(hit.Doc) ?? 0 : null;

    /// <summary>The story label and signature of the live document with this id, or <c>null</c> when there is none or
    /// it has no signature: what labelling needs of an article the run removes.</summary>
    public (long Label, uint[] Signature)? StoryOf(string id)
    {
        if (FirstLive(FieldNames.Id, id) is not { } hit || hit.Leaf.GetBinaryDocValues(FieldNames.BodySignature) is not { } values)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(hit.Doc, bytes);
        var signature = new uint[Search.Collapsing.NearDuplicateSignature.Length];
        return Search.Collapsing.NearDuplicateSignature.TryRead(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), signature)
            ? (hit.Leaf.GetNumericDocValues(FieldNames.DuplicateCluster)?.Get(hit.Doc) ?? 0, signature)
            : null;
    }

    /// <summary>The id and source file of the live document indexed with this exact term, if any.</summary>
    public (string Id, string? Origin)? OwnerOf(string field, string value)
    {
        if (FirstLive(field, value) is not { } hit)
        {
            return null;
        }

        var document = Load(hit, FieldNames.Id, FieldNames.Origin);
        return (document.Get(FieldNames.Id) ?? "", document.Get(FieldNames.Origin));
    }

    /// <summary>The ids of the live documents read from this source file.</summary>
    public IReadOnlyList<string> IdsOf(string origin)
    {
        if (_idsByOrigin.TryGetValue(origin, out var cached))
        {
            return cached;
        }

        var ids = new List<string>();
        foreach (var (leaf, doc) in Live(FieldNames.Origin, origin))
        {
            ids.Add(Load((leaf, doc), FieldNames.Id).Get(FieldNames.Id) ?? "");
        }

        _idsByOrigin[origin] = ids;
        return ids;
    }

    public void Dispose() => reader?.Dispose();

    private (AtomicReader Leaf, int Doc)? FirstLive(string field, string value)
    {
        foreach (var hit in Live(field, value))
        {
            return hit;
        }

        return null;
    }

    private IEnumerable<(AtomicReader Leaf, int Doc)> Live(string field, string value)
    {
        if (reader is null)
        {
            yield break;
        }

        var term = new Term(field, new BytesRef(value));
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var docs = leaf.GetTermDocsEnum(term);
            if (docs is null)
            {
                continue;
            }

            var live = leaf.LiveDocs;
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (live is null || live.Get(doc))
                {
                    yield return (leaf, doc);
                }
            }
        }
    }

    private static Document Load((AtomicReader Leaf, int Doc) hit, params string[] fields)
    {
        var visitor = new DocumentStoredFieldVisitor(fields);
        hit.Leaf.Document(hit.Doc, visitor);
        return visitor.Document;
    }
}
