namespace NewsSearch.Analysis.Acronyms;

/// <summary>The words of a short text as spans of letters and digits (hyphens, apostrophes and spaces separate them),
/// with what the acronym matching needs to know of each.</summary>
internal static class Words
{
    // No stop word is longer; a buffer per thread spares an allocation per word looked up.
    [ThreadStatic]
    private static char[]? _lowered;

    private static char[] Lowered => _lowered ??= new char[16];

    public static List<(int Start, int End)> Of(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    /// <summary>Whether the word is a small word (a French stop word or an elided article such as the <c>l</c> of
    /// <c>l'</c>), which an acronym may skip.</summary>
    public static bool IsSmall(string text, (int Start, int End) word)
    {
        var end = word.End;
        if (end < text.Length && text[end] is '\'' or '’' && word.End - word.Start <= 5)
        {
            return true;
        }

        // The stop word set holds each word with and without its accents: lower-casing is enough.
        var length = end - word.Start;
        if (length > Lowered.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            Lowered[i] = char.ToLowerInvariant(text[word.Start + i]);
        }

        return FrenchNewsAnalyzer.StopWords.Contains(Lowered, 0, length);
    }
}
