using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Search;

/// <summary>How many articles hold each of many terms of one field, through one terms enumerator per segment kept for
/// as long as the object: <see cref="IndexReader.DocFreq"/> opens a fresh enumerator per segment for every lookup,
/// which costs more than the lookup itself when a query tries dozens of candidate words.</summary>
internal sealed class TermCounts(IndexReader reader, string field)
{
    private TermsEnum?[]? _segments;

    /// <summary>Articles holding <paramref name="text"/> (deleted ones included until merged away, as Lucene counts).</summary>
    public int Of(string text)
    {
        _segments ??= reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray();
        var bytes = new BytesRef(text);
        var count = 0;
        foreach (var terms in _segments)
        {
            if (terms is not null && terms.SeekExact(bytes))
            {
                count += terms.DocFreq;
            }
        }

        return count;
    }
}
