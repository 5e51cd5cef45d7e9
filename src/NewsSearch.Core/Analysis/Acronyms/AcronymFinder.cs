using System.Buffers;

namespace NewsSearch.Analysis.Acronyms;

/// <summary>Finds the acronyms a text defines, after Schwartz and Hearst (2003): an acronym in parentheses matched,
/// letter by letter from its end, to the words just before it ("l'Autorité de sûreté nucléaire (ASN)"), or a
/// parenthesised expansion matched to the acronym just before it ("le RSA (revenu de solidarité active)"). The first
/// letter must start a word; of the others, each may fall anywhere in a later word, so the shortest expansion that
/// spells the acronym is found. French adds that an expansion starts on a content word, unless a capitalised article
/// belongs to the name ("La France insoumise (LFI)"), and that each content word holds a letter of the acronym (one
/// may be skipped in acronyms of four letters or more: "Société nationale des chemins de fer français (SNCF)").
/// A single article may define a wrong pair by chance; the index counts how many articles define each pair, and only
/// pairs defined often enough are used (see <c>Search/Expansion/LearnedAcronyms</c>).</summary>
internal static class AcronymFinder
{
    /// <summary>Parenthesised text longer than this is not looked at.</summary>
    private const int MaxInner = 150;

    /// <summary>How far before the parenthesis an expansion may start, in characters.</summary>
    private const int MaxLookBack = 300;

    /// <summary>The clause an expansion cannot cross: it ends at these characters.</summary>
    private static readonly SearchValues<char> ParenthesisEnds = SearchValues.Create("()\n");

    private static readonly char[] ClauseEnds = ['.', ';', ':', '!', '?', '\n', '"', '«', '»', '(', ')', '[', ']', ',', '“', '”'];

    /// <summary>The definitions in <paramref name="text"/>, each pair once, in the order found.</summary>
    public static IReadOnlyList<AcronymDefinition> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<AcronymDefinition>();
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var next = text.AsSpan(open + 1).IndexOfAny(ParenthesisEnds);
            if (next < 0)
            {
                break;
            }

            var close = open + 1 + next;
            if (text[close] != ')' || next > MaxInner)
            {
                continue;
            }

            if (Define(text, open, close) is { } definition && !found.Contains(definition))
            {
                found.Add(definition);
            }
        }

        return found;
    }

    private static AcronymDefinition? Define(string text, int open, int close)
    {
        var span = text.AsSpan(open + 1, close - open - 1).Trim();
        if (ShortForm.IsCandidate(span))
        {
            var inner = span.ToString();
            // "… l'Autorité de sûreté nucléaire (ASN)": the expansion ends the clause before the parenthesis.
            var window = LastWords(ClauseBefore(text, open), (ShortForm.Letters(inner) * 3) + 3);
            return LongForm.Match(inner, window, mustStartAtFirstWord: false) is { } longForm
                ? new AcronymDefinition(inner, longForm)
                : null;
        }

        // "… le RSA (revenu de solidarité active)": the acronym is the word just before the parenthesis.
        var end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || !ShortForm.IsCandidate(text.AsSpan(start, end - start)))
        {
            return null;
        }

        var acronym = text[start..end];
        return LongForm.Match(acronym, span.ToString(), mustStartAtFirstWord: true) is { } expansion
            ? new AcronymDefinition(acronym, expansion)
            : null;
    }

    /// <summary>The text between the end of the previous clause and <paramref name="open"/>, at most <see cref="MaxLookBack"/> characters.</summary>
    private static string ClauseBefore(string text, int open)
    {
        if (open == 0)
        {
            return "";
        }

        var start = Math.Max(0, open - MaxLookBack);
        var end = text.LastIndexOfAny(ClauseEnds, open - 1, open - start);
        return text[(end >= start ? end + 1 : start)..open];
    }

    /// <summary>The end of <paramref name="text"/> holding its last <paramref name="count"/> words.</summary>
    private static string LastWords(string text, int count)
    {
        var words = Words.Of(text);
        return words.Count <= count ? text : text[words[^count].Start..];
    }
}
