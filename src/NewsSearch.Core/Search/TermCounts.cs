using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Search;

/// <summary>How many articles hold each of many terms of one field, through one terms enumerator per segment:
/// <see cref="IndexReader.DocFreq"/> opens a fresh enumerator per segment for every lookup, which costs more than the
/// lookup itself when a query tries dozens of candidate words. Opening them costs too, so each thread keeps the last
/// reader's enumerators for its next query (an enumerator serves one thread at a time).</summary>
internal sealed class TermCounts(IndexReader reader, string field)
{
    [ThreadStatic]
    private static (IndexReader Reader, string Field, TermsEnum?[] Segments)? t_last;

    private TermsEnum?[]? _segments;

    /// <summary>Articles holding <paramref name="text"/> (deleted ones included until merged away, as Lucene counts).</summary>
    public int Of(string text)
    {
        _segments ??= Enumerators();
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

    private TermsEnum?[] Enumerators()
    {
        if (t_last is { } last && ReferenceEquals(last.Reader, reader) && last.Field == field)
        {
            return last.Segments;
        }

        var segments = reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray();
        t_last = (reader, field, segments);
        return segments;
    }
}
