using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>How many articles of the index hold each of many stems in their body (deleted articles included; the few
/// holding it in the title only left out): an estimate for choosing which candidates to count exactly, read with one
/// terms enumerator per segment, seeking the stems in order, instead of a new one per look-up.</summary>
internal static class BackgroundFrequencies
{
    public static Dictionary<string, int> Of(IndexReader reader, IEnumerable<string> stems)
    {
        var sorted = stems.Distinct().Order(StringComparer.Ordinal).Select(s => (Stem: s, Bytes: new BytesRef(s))).ToList();
        var counts = new int[sorted.Count];
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(FieldNames.Body)?.GetEnumerator();
            for (var i = 0; terms is not null && i < sorted.Count; i++)
            {
                if (terms.SeekExact(sorted[i].Bytes))
                {
                    counts[i] += terms.DocFreq;
                }
            }
        }

        return sorted.Select((s, i) => (s.Stem, Count: counts[i])).ToDictionary(s => s.Stem, s => s.Count, StringComparer.Ordinal);
    }
}
