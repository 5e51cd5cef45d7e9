using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>How many articles of the index hold each of many stems, at least (the larger of its title and body
/// counts, deleted articles included): an estimate for choosing which candidates to count exactly, read with one
/// terms enumerator per segment and field, seeking the stems in order, instead of a new one per look-up.</summary>
internal static class BackgroundFrequencies
{
    public static Dictionary<string, int> Of(IndexReader reader, IEnumerable<string> stems)
    {
        var sorted = stems.Distinct().Order(StringComparer.Ordinal).Select(s => (Stem: s, Bytes: new BytesRef(s))).ToList();
        var counts = sorted.ToDictionary(s => s.Stem, _ => 0, StringComparer.Ordinal);
        foreach (var field in FieldNames.Marked)
        {
            var inField = new int[sorted.Count];
            foreach (var leaf in reader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                for (var i = 0; terms is not null && i < sorted.Count; i++)
                {
                    if (terms.SeekExact(sorted[i].Bytes))
                    {
                        inField[i] += terms.DocFreq;
                    }
                }
            }

            for (var i = 0; i < sorted.Count; i++)
            {
                counts[sorted[i].Stem] = Math.Max(counts[sorted[i].Stem], inField[i]);
            }
        }

        return counts;
    }
}
