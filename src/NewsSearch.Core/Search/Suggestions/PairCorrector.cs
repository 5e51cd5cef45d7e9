using Lucene.Net.Index;
using NewsSearch.Analysis;

namespace NewsSearch.Search.Suggestions;

/// <summary>Corrects a word that is itself a word of the archive but not in this company: "Emmanuel Macon" (Mâcon is a
/// town) is a pair few articles write, where "Emmanuel Macron", one edit away, fills hundreds. The word is read after
/// the one before it; the pair as typed must be rare, and a close pair <see cref="MinFrequencyRatio"/> times more
/// frequent. Counting a pair reads the postings of the two stems (<see cref="PairCounts"/>): a bounded cost, paid
/// only for pairs the single-word corrector left alone.</summary>
internal static class PairCorrector
{
    /// <summary>A pair written side by side in more articles than this is taken as meant.</summary>
    public const int MaxPairArticlesToCorrect = 2;

    /// <summary>How many times more articles the proposed pair must appear in than the typed one.</summary>
    public const int MinFrequencyRatio = 10;

    /// <summary>A proposed pair must appear in at least this many articles.</summary>
    public const int MinPairArticles = 5;

    private const int StemsTried = 5;

    private const int MaxPositionsPerCandidate = 10_000;

    /// <summary>The proposed spelling of <paramref name="word"/> after <paramref name="previous"/> (both lower case,
    /// no accents, as typed words are read), or <c>null</c>.</summary>
    public static string? Correct(IndexReader reader, string previous, string word)
    {
        if (word.Length < SpellingCorrector.MinWordLength || previous.Length < 3 || !word.All(char.IsLetter) || !previous.All(char.IsLetter)
            || FrenchNewsAnalyzer.StopWords.Contains(previous))
        {
            return null;
        }

        var forms = new WrittenForms(reader);
        if (forms.StemOf(previous) is not { } before || forms.StemOf(word) is not { } stem)
        {
            return null;
        }

        var pairs = new PairCounts(reader, before);
        var typed = pairs.Articles(stem, MaxPairArticlesToCorrect + 1);
        if (typed > MaxPairArticlesToCorrect)
        {
            return null;
        }

        var maxEdits = word.Length <= 5 ? 1 : 2;
        var needed = Math.Max(MinPairArticles, typed * MinFrequencyRatio);
        (string? Form, int Edits, int Pairs) best = (null, int.MaxValue, 0);
        foreach (var candidate in CandidateStems.Near(reader, word, stem, maxEdits, needed, StemsTried).Where(c => c != stem))
        {
            var written = pairs.Articles(candidate);
            if (written < needed)
            {
                continue;
            }

            var surfaces = StemSurfaces.Read(reader, candidate, MaxPositionsPerCandidate);
            foreach (var form in surfaces.Hashes.Take(3).SelectMany(h => forms.Of(surfaces, h)))
            {
                var edits = form[0] == word[0] ? EditDistance.Between(word, form) : int.MaxValue;
                if (edits == 0 || edits > maxEdits)
                {
                    continue;
                }

                if (edits < best.Edits || (edits == best.Edits && written > best.Pairs))
                {
                    best = (form, edits, written);
                }
            }
        }

        return best.Form;
    }
}
