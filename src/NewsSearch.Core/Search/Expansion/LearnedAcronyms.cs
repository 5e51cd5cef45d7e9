using Lucene.Net.Index;
using NewsSearch.Analysis;

namespace NewsSearch.Search.Expansion;

/// <summary>Reads a query's words against the acronyms learned from the index (<see cref="AcronymSightings"/>), as the
/// synonym list's groups are read: a learned acronym becomes a concept that its expansions also match, and typed
/// words that spell a learned expansion become a concept that the acronym also matches. The synonym list wins: an
/// acronym or expansion it already has is left to it, so a person can still decide what a word means.</summary>
internal sealed class LearnedAcronyms(AcronymSightings sightings, SynonymExpander synonymList)
{
    /// <summary>The longest expansion looked for, in words.</summary>
    private const int MaxExpansionWords = 14;

    /// <summary>The concept the words at <paramref name="start"/> form with a learned pair, and how many words it
    /// takes; <c>null</c> when they form none. An expansion of two words or more is preferred to a single acronym.</summary>
    public (int Length, Concept Concept, string Explanation)? At(IndexReader reader, IReadOnlyList<(string Normal, string Written)> words, int start)
    {
        return Expansion(reader, words, start) ?? Acronym(reader, words[start]);
    }

    private (int, Concept, string)? Acronym(IndexReader reader, (string Normal, string Written) word)
    {
        if (!MayBeAcronym(word) || synonymList.Contains(word.Normal))
        {
            return null;
        }

        var expansions = sightings.Of(reader, word.Normal).Where(e => !synonymList.Contains(AcronymTermsKey(e.LongForm))).ToList();
        if (expansions.Count == 0)
        {
            return null;
        }

        var alternatives = new List<Alternative> { new(word.Written, 1f) };
        alternatives.AddRange(expansions.Select(e => new Alternative(e.LongForm, 1f)));
        return (1, new Concept([word.Normal], alternatives), Explain(word.Normal, expansions.Select(e => e.LongForm), expansions));
    }

    private (int, Concept, string)? Expansion(IndexReader reader, IReadOnlyList<(string Normal, string Written)> words, int start)
    {
        if (FrenchNewsAnalyzer.StopWords.Contains(words[start].Normal))
        {
            return null;
        }

        (int Length, List<LearnedAcronym> Pairs)? best = null;
        for (var length = 2; length <= Math.Min(MaxExpansionWords, words.Count - start); length++)
        {
            var key = string.Join(' ', words.Skip(start).Take(length).Select(w => w.Normal));
            var (acronyms, longer) = sightings.WithExpansion(reader, key);
            if (acronyms.Count > 0 && !synonymList.Contains(key))
            {
                var stems = sightings.StemsOf(key);
                var pairs = acronyms.Where(a => !synonymList.Contains(a))
                    .SelectMany(a => sightings.Of(reader, a))
                    .ToList();
                if (pairs.Any(p => sightings.StemsOf(p.LongForm) == stems))
                {
                    best = (length, pairs);
                }
            }

            if (!longer)
            {
                break;
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        var typed = words.Skip(start).Take(found.Length).ToList();
        var typedText = string.Join(' ', typed.Select(w => w.Written));
        var typedStems = sightings.StemsOf(typedText);
        var alternatives = new List<Alternative> { new(typedText, 1f) };
        alternatives.AddRange(found.Pairs.Select(p => p.ShortForm).Distinct(StringComparer.Ordinal).Select(a => new Alternative(a, 1f)));
        alternatives.AddRange(found.Pairs.Where(p => sightings.StemsOf(p.LongForm) != typedStems).Select(p => new Alternative(p.LongForm, 1f)));
        var normal = typed.Select(w => w.Normal).ToList();
        return (found.Length, new Concept(normal, alternatives), Explain(string.Join(' ', normal), alternatives.Skip(1).Select(a => a.Text), found.Pairs));
    }

    /// <summary>Every reliable learned pair, marked when the synonym list has the acronym or the expansion.</summary>
    public IReadOnlyList<LearnedAcronym> All(IndexReader reader) =>
        sightings.All(reader)
            .Select(p => p with { InSynonymList = synonymList.Contains(AcronymTermsKey(p.ShortForm)) || synonymList.Contains(AcronymTermsKey(p.LongForm)) })
            .ToList();

    /// <summary>A word that may be an acronym: 2 to 10 letters; a small word (<c>ces</c>, <c>les</c>) only when typed in capitals.</summary>
    private static bool MayBeAcronym((string Normal, string Written) word) =>
        word.Normal.Length is >= 2 and <= 10 && word.Normal.All(char.IsAsciiLetter)
        && ((!FrenchNewsAnalyzer.StopWords.Contains(word.Normal) && !QuestionWords.Contains(word.Normal))
            || word.Written.Count(char.IsUpper) >= 2);

    private static string AcronymTermsKey(string longForm) => Indexing.AcronymTerms.KeyOf(longForm);

    private static string Explain(string typed, IEnumerable<string> added, IReadOnlyList<LearnedAcronym> pairs) =>
        $"{typed} → {string.Join(" | ", added)} (acronym learned from {pairs.Sum(p => p.Articles)} articles)";
}
