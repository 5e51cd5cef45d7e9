using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Collapsing;

/// <summary>Reads the near-duplicate signature of any live article of a reader by top-level document id, from the
/// doc values file, so clustering keeps only the band keys of every article in memory (64 bytes each) and reads whole
/// signatures (192 bytes) just for the few candidate pairs it compares. Not thread-safe: one per clustering.</summary>
internal sealed class SignatureReader
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly BinaryDocValues?[] _values;
    private readonly BytesRef _bytes = new();

    public SignatureReader(IndexReader reader)
    {
        _leaves = reader.Leaves;
        // Written before signatures existed: no values, never collapsed.
        _values = [.. _leaves.Select(leaf => leaf.AtomicReader.GetBinaryDocValues(FieldNames.BodySignature))];
    }

    /// <summary>Reads the signature of a top-level document into <paramref name="target"/>; false when it is deleted
    /// or has none (a body too short to judge).</summary>
    public bool TryRead(int doc, Span<uint> target)
    {
        var index = ReaderUtil.SubIndex(doc, _leaves);
        var leaf = _leaves[index];
        var local = doc - leaf.DocBase;
        if (_values[index] is not { } values || (leaf.AtomicReader.LiveDocs is { } live && !live.Get(local)))
        {
            return false;
        }

        values.Get(local, _bytes);
        return NearDuplicateSignature.TryRead(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length), target);
    }
}
