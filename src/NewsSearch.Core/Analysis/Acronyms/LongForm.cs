namespace NewsSearch.Analysis.Acronyms;

/// <summary>Matches an acronym's letters to the words it stands for (Schwartz and Hearst's shortest match, read from
/// the end), then checks the French shape of the expansion.</summary>
internal static class LongForm
{
    /// <summary>The expansion of <paramref name="acronym"/> at the end of <paramref name="window"/>, lower-cased; or
    /// <c>null</c> when none fits. With <paramref name="mustStartAtFirstWord"/>, it must also start at the window's
    /// first content word (a parenthesised expansion).</summary>
    public static string? Match(string acronym, string window, bool mustStartAtFirstWord)
    {
        var words = Words.Of(window);
        if (words.Count < 2 || Letters(acronym, window, words) is not { } matched)
        {
            return null;
        }

        var start = matched[^1];
        var first = WordAt(words, start).Start;
        var significant = words.Where(w => w.End > start && (w.Start == first || !Words.IsSmall(window, w))).ToList();
        var letters = ShortForm.Letters(acronym);
        if (significant.Count < 2 || significant.Count > letters + 2)
        {
            return null;
        }

        // Each significant word holds a letter of the acronym, the last one always; a long acronym may skip one word.
        var unmatched = significant.Count(w => !matched.Any(i => i >= w.Start && i < w.End));
        var lastHolds = matched.Any(i => i >= significant[^1].Start && i < significant[^1].End);
        if (!lastHolds || unmatched > (letters <= 3 ? 0 : 1))
        {
            return null;
        }

        // A parenthesised expansion is the whole parenthesis, small words before it aside.
        if (mustStartAtFirstWord && !words.Where(w => w.End <= start).All(w => Words.IsSmall(window, w)))
        {
            return null;
        }

        return string.Join(' ', window[start..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }

    /// <summary>Where each letter of the acronym falls in the window, last letter first; <c>null</c> when they cannot
    /// all be placed in order, the first one starting a word that may open an expansion.</summary>
    private static List<int>? Letters(string acronym, string window, List<(int Start, int End)> words)
    {
        var letters = Folded(acronym);
        var text = Folded(window);
        var matched = new List<int>();
        var at = text.Length - 1;
        for (var s = letters.Length - 1; s >= 0; s--)
        {
            var c = letters[s];
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            while (at >= 0 && !(text[at] == c && (s > 0 || OpensExpansion(window, words, at))))
            {
                at--;
            }

            if (at < 0)
            {
                return null;
            }

            matched.Add(at--);
        }

        return matched;
    }

    /// <summary>Whether an expansion may start at this character: the start of a content word, or of a capitalised
    /// small word that is part of a name (<c>La</c> France insoumise, <c>Les</c> Républicains).</summary>
    private static bool OpensExpansion(string window, List<(int Start, int End)> words, int at)
    {
        if (at > 0 && char.IsLetterOrDigit(window[at - 1]))
        {
            return false;
        }

        var word = WordAt(words, at);
        return word.Start == at && (!Words.IsSmall(window, word) || (char.IsUpper(window[at]) && word.End - word.Start > 1
            && (word.End >= window.Length || window[word.End] is not ('\'' or '’'))));
    }

    private static (int Start, int End) WordAt(List<(int Start, int End)> words, int at)
    {
        foreach (var word in words)
        {
            if (at >= word.Start && at < word.End)
            {
                return word;
            }
        }

        return (at, at + 1);
    }

    /// <summary>Lower-cased, each accented letter folded to its base letter, one character for one (so indexes match).</summary>
    private static string Folded(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > 127)
            {
                var folded = AccentFolding.Fold(chars[i].ToString());
                chars[i] = folded.Length == 1 ? folded[0] : chars[i];
            }
        }

        return new string(chars);
    }
}
