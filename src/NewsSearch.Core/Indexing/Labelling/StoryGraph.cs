using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Search.Collapsing;

namespace NewsSearch.Indexing.Labelling;

/// <summary>The near-duplicate graph of one index reader, read edge by edge: two live articles are linked when they
/// share a band key (<see cref="SignatureBands"/>, looked up as a term) and their signatures are similar enough, the
/// pairs <see cref="DuplicateClusters.Compute"/> links by reading every signature. Documents are top-level ids.</summary>
internal sealed class StoryGraph
{
    private readonly AtomicReaderContext[] _leaves;
    private readonly int[] _starts;
    private readonly BinaryDocValues?[] _signatures;
    private readonly NumericDocValues?[] _labels;
    private readonly TermsEnum?[] _bands;
    private readonly BytesRef _bytes = new();
    private readonly Dictionary<int, uint[]?> _read = [];
    private DocsEnum? _docs;

    public StoryGraph(IndexReader reader)
    {
        _leaves = [.. reader.Leaves];
        _starts = [.. _leaves.Select(l => l.DocBase)];
        _signatures = [.. _leaves.Select(l => l.AtomicReader.GetBinaryDocValues(FieldNames.BodySignature))];
        _labels = [.. _leaves.Select(l => l.AtomicReader.GetNumericDocValues(FieldNames.DuplicateCluster))];
        _bands = [.. _leaves.Select(l => l.AtomicReader.GetTerms(FieldNames.DuplicateBand)?.GetEnumerator())];
    }

    /// <summary>The live document with this id, or -1.</summary>
    public int Find(string id)
    {
        var term = new BytesRef(id);
        for (var i = 0; i < _leaves.Length; i++)
        {
            var docs = _leaves[i].AtomicReader.GetTermDocsEnum(new Term(FieldNames.Id, term));
            var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;
            for (; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                if (_leaves[i].AtomicReader.LiveDocs?.Get(doc) ?? true)
                {
                    return _starts[i] + doc;
                }
            }
        }

        return -1;
    }

    /// <summary>The document's signature, or <c>null</c> when its body was too short to have one.</summary>
    public uint[]? Signature(int doc)
    {
        if (_read.TryGetValue(doc, out var known))
        {
            return known;
        }

        var leaf = ReaderUtil.SubIndex(doc, _starts);
        uint[]? signature = null;
        if (_signatures[leaf] is { } values)
        {
            values.Get(doc - _starts[leaf], _bytes);
            signature = new uint[NearDuplicateSignature.Length];
            signature = NearDuplicateSignature.TryRead(_bytes.Bytes.AsSpan(_bytes.Offset, _bytes.Length), signature) ? signature : null;
        }

        // The members of a story are read again for each article linked to them.
        _read[doc] = signature;
        return signature;
    }

    /// <summary>The story label the document carries (0: none).</summary>
    public long Label(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _starts);
        return _labels[leaf]?.Get(doc - _starts[leaf]) ?? 0;
    }

    public string Id(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _starts);
        var visitor = new DocumentStoredFieldVisitor(FieldNames.Id);
        _leaves[leaf].AtomicReader.Document(doc - _starts[leaf], visitor);
        return visitor.Document.Get(FieldNames.Id) ?? "";
    }

    /// <summary>Whether two documents are linked, from their signatures alone (no band key looked up).</summary>
    public bool Linked(int a, int b) =>
        Signature(a) is { } first && Signature(b) is { } second && SignatureBands.ShareAny(first, second)
        && NearDuplicateSignature.Similarity(first, second) >= NearDuplicateSignature.MinSimilarity;

    /// <summary>Whether the document is linked to an article with this signature.</summary>
    public bool Links(uint[] signature, int other) =>
        Signature(other) is { } candidate && NearDuplicateSignature.Similarity(signature, candidate) >= NearDuplicateSignature.MinSimilarity;

    /// <summary>The live documents linked to an article with this signature (the article itself included, when it is live).</summary>
    public IEnumerable<int> Linked(uint[] signature) => Candidates(signature).Where(other => Links(signature, other));

    /// <summary>The live documents sharing one of the signature's band keys, each once however many bands it shares:
    /// those an article with this signature may be linked to.</summary>
    public List<int> Candidates(uint[] signature)
    {
        var candidates = new HashSet<int>();
        for (var band = 0; band < SignatureBands.Count; band++)
        {
            var term = new BytesRef(SignatureBands.Term(signature, band));
            for (var i = 0; i < _leaves.Length; i++)
            {
                if (_bands[i] is not { } terms || !terms.SeekExact(term))
                {
                    continue;
                }

                _docs = terms.Docs(_leaves[i].AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
                for (var doc = _docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = _docs.NextDoc())
                {
                    candidates.Add(_starts[i] + doc);
                }
            }
        }

        return [.. candidates];
    }
}
