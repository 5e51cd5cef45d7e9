using Lucene.Net.Index;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Suggestions;

namespace NewsSearch.Search.Expansion;

/// <summary>A compound written joined or apart: "weekend" typed for the archive's "week-end", "covid19" for
/// "Covid-19", "hongkong" for "Hong Kong", and "week end" also finding a "weekend" the archive writes. The tokenizer
/// splits at hyphens, so a joined word and its hyphenated form never met. The other spelling is offered when the
/// archive writes it often enough: at least <see cref="MinArticles"/> articles, and for a split, more than write the
/// word joined (so "passeport" is not read as "passe port"). One instance serves one query on one reader.</summary>
internal sealed class CompoundSpellings(FieldQueries fields, IndexReader reader)
{
    private readonly TermCounts _bodies = new(reader, FieldNames.Body);

    /// <summary>A spelling written by fewer articles than this is not offered.</summary>
    public const int MinArticles = 5;

    /// <summary>Parts of letters shorter than this are not split off ("e-mail" stays a word of its own); digits split
    /// off at any length ("G7", "CAC40").</summary>
    private const int MinLetterPart = 3;

    /// <summary>The word with a space where the archive mostly writes it apart or hyphenated ("week end"), or
    /// <c>null</c>. Of the cuts whose two parts are both indexed, the one with the most common rarer part is tried.</summary>
    public string? Split(string word)
    {
        if (word.Length < 2 * MinLetterPart - 1 || !word.All(char.IsLetterOrDigit))
        {
            return null;
        }

        // The pair written side by side can be no more frequent than its rarer piece, so a cut is worth looking at
        // only when both pieces are more frequent than the word itself.
        var needed = Math.Max(MinArticles, Articles(word) + 1);
        (string Left, string Right, int Articles)? best = null;
        for (var cut = 1; cut < word.Length; cut++)
        {
            var (left, right) = (word[..cut], word[cut..]);
            // Pieces are short words and digits, indexed as written: looking them up as they are is a cheap first test.
            if (!IsPart(left, right[0]) || !IsPart(right, left[^1]) || _bodies.Of(left) == 0 || _bodies.Of(right) == 0)
            {
                continue;
            }

            var articles = Math.Min(Articles(left), Articles(right));
            if (articles >= needed && articles > (best?.Articles ?? 0))
            {
                best = (left, right, articles);
            }
        }

        if (best is not { } split)
        {
            return null;
        }

        if (fields.Analyze(split.Left) is not [var first] || fields.Analyze(split.Right) is not [var second])
        {
            return null;
        }

        return new PairCounts(reader, first.Text).Articles(second.Text, needed) >= needed ? $"{split.Left} {split.Right}" : null;
    }

    /// <summary>Two typed words joined as the archive also writes them ("week end" → "weekend", "aujourd hui" →
    /// "aujourd'hui"), or <c>null</c>.</summary>
    public string? Join(string first, string second)
    {
        if (!first.All(char.IsLetterOrDigit) || !second.All(char.IsLetterOrDigit) || IsStopWord(first) || IsStopWord(second))
        {
            return null;
        }

        // An apostrophe inside a word ("aujourd'hui", "presqu'île") is the other way to write two words joined.
        return new[] { first + second, $"{first}'{second}" }.FirstOrDefault(joined => Articles(joined) >= MinArticles);
    }

    /// <summary>Whether a piece of a word may stand as a word of its own next to <paramref name="neighbour"/>, the
    /// character across the cut: digits against letters always, letters only long enough and not a stop word.</summary>
    private static bool IsPart(string part, char neighbour)
    {
        if (part.All(char.IsDigit))
        {
            return char.IsLetter(neighbour);
        }

        return part.All(char.IsLetter) && (part.Length >= MinLetterPart || char.IsDigit(neighbour)) && !IsStopWord(part);
    }

    private static bool IsStopWord(string word) => FrenchNewsAnalyzer.StopWords.Contains(word);

    /// <summary>Articles whose body holds the word's one indexed stem (0 when it analyses to none or several).</summary>
    private int Articles(string word) => fields.Analyze(word) is [var stem] ? _bodies.Of(stem.Text) : 0;
}
