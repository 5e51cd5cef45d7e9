using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>Proposes the indexed spelling of a query word that looks misspelt: a word rare or absent in the unstemmed
/// <see cref="FieldNames.Exact"/> field, close (one edit for short words, two for longer ones, the first letter kept)
/// to a word that is much more frequent. Built on Lucene's fuzzy term enumeration, so the candidates come from the
/// index itself: no word list to maintain.</summary>
internal static class SpellingCorrector
{
    /// <summary>Words shorter than this are never corrected: too many short words are one edit apart.</summary>
    public const int MinWordLength = 4;

    /// <summary>A word found in more articles than this is taken as correctly spelt.</summary>
    public const int MaxDocFreqToCorrect = 20;

    /// <summary>How many times more articles the proposed word must appear in than the typed one.</summary>
    public const int MinFrequencyRatio = 10;

    /// <summary>The proposed spelling (lower case, no accents, as in the exact field), or <c>null</c> when the word looks right.</summary>
    public static string? Correct(IndexReader reader, string word)
    {
        if (word.Length < MinWordLength || !word.All(char.IsLetter))
        {
            return null;
        }

        var typed = new Term(FieldNames.Exact, word);
        var typedFrequency = reader.DocFreq(typed);
        var terms = MultiFields.GetTerms(reader, FieldNames.Exact);
        if (typedFrequency > MaxDocFreqToCorrect || terms is null)
        {
            return null;
        }

        var maxEdits = word.Length <= 5 ? 1 : 2;
        var needed = Math.Max(1, typedFrequency * MinFrequencyRatio);
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), typed, maxEdits, prefixLength: 1, transpositions: true);
        string? best = null;
        var bestEdits = int.MaxValue;
        var bestFrequency = 0;
        var seen = 0;
        while (candidates.MoveNext() && seen++ < 10_000)
        {
            var frequency = candidates.DocFreq;
            if (frequency < needed)
            {
                continue;
            }

            var candidate = candidates.Term.Utf8ToString();
            var edits = EditDistance.Between(word, candidate);
            if (edits == 0 || edits > maxEdits)
            {
                continue;
            }

            // Fewer edits first; among equals, the most frequent word.
            if (edits < bestEdits || (edits == bestEdits && frequency > bestFrequency))
            {
                (best, bestEdits, bestFrequency) = (candidate, edits, frequency);
            }
        }

        return best;
    }
}

/// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours each count one.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
