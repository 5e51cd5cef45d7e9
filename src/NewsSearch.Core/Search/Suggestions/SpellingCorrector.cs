using Lucene.Net.Index;
using NewsSearch.Analysis;

namespace NewsSearch.Search.Suggestions;

/// <summary>Proposes the indexed spelling of a query word that looks misspelt: a word written that way in few articles,
/// close (one edit for short words, two for longer ones, the first letter kept) to a written form found in many more.
/// The index keeps stems, and the stemmer folds some typos into the real word ("merkell" and "merkel" share a stem), so
/// written forms are told apart by the hash each position carries (<see cref="StemSurfaces"/>); candidates come from the
/// index itself (<see cref="CandidateStems"/>) and are turned back into words from stored text (<see cref="WrittenForms"/>):
/// no word list to maintain, and a bounded cost per word.</summary>
internal static class SpellingCorrector
{
    /// <summary>Words shorter than this are never corrected: too many short words are one edit apart.</summary>
    public const int MinWordLength = 4;

    /// <summary>A word found as written in more articles than this is taken as correctly spelt.</summary>
    public const int MaxDocFreqToCorrect = 20;

    /// <summary>How many times more articles the proposed word must appear in than the typed one.</summary>
    public const int MinFrequencyRatio = 10;

    /// <summary>Positions read per stem at most: a stem too common to read whole is taken as known when typed.</summary>
    internal const int MaxPositionsPerStem = 100_000;

    /// <summary>Positions read per candidate stem at most: enough to count its common written forms.</summary>
    private const int MaxPositionsPerCandidate = 10_000;

    /// <summary>Candidate stems whose written forms are looked up; the closest and most frequent ones.</summary>
    private const int StemsRendered = 3;

    /// <summary>Written forms of one stem looked up in stored text; the most frequent ones.</summary>
    private const int FormsRenderedPerStem = 3;

    /// <summary>The proposed spelling (lower case, no accents, as typed words are read), or <c>null</c> when the word looks right.</summary>
    public static string? Correct(IndexReader reader, string word)
    {
        if (word.Length < MinWordLength || !word.All(char.IsLetter))
        {
            return null;
        }

        var forms = new WrittenForms(reader);
        if (forms.StemOf(word) is not { } stem)
        {
            return null;
        }

        var hash = SurfaceMarks.HashOf(word);
        var own = StemSurfaces.Read(reader, stem, MaxPositionsPerStem, hash, MaxDocFreqToCorrect);
        if (own.Truncated)
        {
            return null;
        }

        var maxEdits = word.Length <= 5 ? 1 : 2;
        var candidates = CandidateStems.Near(reader, word, stem, maxEdits, Math.Max(1, own.Articles(hash) * MinFrequencyRatio), StemsRendered)
            .Select(c => c == stem ? own : StemSurfaces.Read(reader, c, MaxPositionsPerCandidate))
            .ToList();

        // The typed form may also be indexed under another stem: its accented spelling can stem otherwise ("ministère").
        var typedFrequency = own.Articles(hash) + candidates
            .Where(c => c != own && c.Articles(hash) > 0 && forms.Of(c, hash).Contains(word))
            .Sum(c => c.Articles(hash));
        if (typedFrequency > MaxDocFreqToCorrect)
        {
            return null;
        }

        var needed = Math.Max(1, typedFrequency * MinFrequencyRatio);
        (string? Form, int Edits, int Frequency) best = (null, int.MaxValue, 0);
        foreach (var surfaces in candidates)
        {
            foreach (var form in surfaces.Hashes.Where(h => surfaces.Articles(h) >= needed).Take(FormsRenderedPerStem)
                .SelectMany(h => forms.Of(surfaces, h)))
            {
                var frequency = surfaces.Articles(SurfaceMarks.HashOf(form));
                var edits = form[0] == word[0] ? EditDistance.Between(word, form) : int.MaxValue;
                if (edits == 0 || edits > maxEdits)
                {
                    continue;
                }

                // Fewer edits first; among equals, the most frequent form, then the first in ordinal order.
                if (edits < best.Edits || (edits == best.Edits && (frequency > best.Frequency
                    || (frequency == best.Frequency && string.CompareOrdinal(form, best.Form) < 0))))
                {
                    best = (form, edits, frequency);
                }
            }
        }

        return best.Form;
    }
}
