using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>The indexed stems a misspelt word may have been meant as, found in the term dictionary itself.</summary>
internal static class CandidateStems
{
    private const int MaxStemsEnumerated = 10_000;

    /// <summary>The longest ending the stemmer strips that is worth looking behind (prefixes of the typed word tried as stems).</summary>
    private const int MaxStrippedEnding = 5;

    /// <summary>Indexed stems that may be the stem of the intended word, in enough articles (title and body document
    /// frequencies summed: an upper bound): those near the typed word's stem (itself included), and those that are a
    /// prefix of the typed word (a typo in an ending the stemmer would strip, "gouvernemnt", leaves the stem of the
    /// intended word, "gouvern", far from the typo's own). Closest first, then the most frequent.</summary>
    public static IReadOnlyList<string> Near(IndexReader reader, string word, string stem, int maxEdits, int needed, int count)
    {
        var candidates = new Dictionary<string, (int Frequency, int Edits)>(StringComparer.Ordinal);

        // The Levenshtein automata of the stem, the costly part, are built by the first field's enumeration and kept in
        // these attributes for the second's.
        var automata = new AttributeSource();
        foreach (var field in FieldNames.Marked)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms)
            {
                continue;
            }

            var inField = new HashSet<string>(StringComparer.Ordinal);
            var near = new FuzzyTermsEnum(terms, automata, new Term(field, stem), maxEdits, prefixLength: 1, transpositions: true);
            var seen = 0;
            while (near.MoveNext() && seen++ < MaxStemsEnumerated)
            {
                var term = near.Term.Utf8ToString();
                inField.Add(term);
                Add(term, near.DocFreq, EditDistance.Between(stem, term));
            }

            var exact = terms.GetEnumerator();
            for (var length = Math.Max(SpellingCorrector.MinWordLength, word.Length - MaxStrippedEnding); length < word.Length; length++)
            {
                var prefix = word[..length];
                if (inField.Contains(prefix))
                {
                    candidates[prefix] = candidates[prefix] with { Edits = 1 };
                }
                else if (exact.SeekExact(new BytesRef(prefix)))
                {
                    Add(prefix, exact.DocFreq, 1);
                }
            }
        }

        return candidates
            .Where(p => p.Value.Frequency >= needed)
            .OrderBy(p => p.Value.Edits).ThenByDescending(p => p.Value.Frequency).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Key)
            .ToList();

        void Add(string term, int frequency, int edits)
        {
            candidates[term] = candidates.TryGetValue(term, out var known)
                ? (known.Frequency + frequency, Math.Min(known.Edits, edits))
                : (frequency, edits);
        }
    }
}
