using System.Text.RegularExpressions;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Finds the names of a text among its indexed words: two capitalised words side by side (<c>Maison
/// Blanche</c>), possibly with the particles a French name holds between them (<c>Marine Le Pen</c>, <c>Charles de
/// Gaulle</c>, <c>Giscard d'Estaing</c>), or joined by a hyphen (<c>États-Unis</c>); a hyphenated first name counts as
/// one word (<c>Jean-Luc Mélenchon</c>). A name is a list of slots, one stem per indexed position, <c>""</c> where a
/// particle (a stop word, not indexed) stands, so that a phrase query finds it again.</summary>
internal static partial class NameFinder
{
    private const int MaxPart = 3;

    /// <summary>A name found: its slots and where it is written; <paramref name="Usable"/> is false when a part of
    /// it is a stop word or a query word, <paramref name="Glued"/> the usable part of a name whose other part holds a
    /// query word (<c>Jean-Luc</c> of <c>Jean-Luc Mélenchon</c> for the query <c>Mélenchon</c>).</summary>
    public readonly record struct Found(string[] Slots, int Start, int End, bool Usable, string[]? Glued);

    /// <summary>The names of a text; <paramref name="kept"/> tells which tokens are usable words, <paramref name="isQueryWord"/>
    /// which are the query's.</summary>
    public static IEnumerable<Found> In(string text, List<WrittenToken> tokens, bool[] kept, Func<string, bool> isQueryWord)
    {
        var parts = Parts(text, tokens, kept);
        foreach (var part in parts.Where(p => p.Usable && p.To > p.From))
        {
            yield return new Found(Slots(tokens, part.From, part.To), tokens[part.From].Start, tokens[part.To].End, true, null);
        }

        for (var i = 1; i < parts.Count; i++)
        {
            var (first, second) = (parts[i - 1], parts[i]);
            if (first.To + 1 != second.From || !Adjacent(text, tokens[first.To], tokens[second.From]))
            {
                continue;
            }

            if (first.Usable && second.Usable)
            {
                yield return new Found(Slots(tokens, first.From, second.To), tokens[first.From].Start, tokens[second.To].End, true, null);
            }
            else if (first.Usable != second.Usable)
            {
                var (usable, other) = first.Usable ? (first, second) : (second, first);
                if (Enumerable.Range(other.From, other.To - other.From + 1).Any(t => isQueryWord(tokens[t].Stem)))
                {
                    yield return new Found([], 0, 0, false, Slots(tokens, usable.From, usable.To));
                }
            }
        }
    }

    /// <summary>Whether two capitalised words stand side by side: one space apart, or with particles between them
    /// (as many stop words left out of the index as particles written).</summary>
    private static bool Adjacent(string text, WrittenToken before, WrittenToken after)
    {
        var between = text.AsSpan(before.End, after.Start - before.End);
        if (between.Length > 12)
        {
            return false;
        }

        var match = Particles().Match(between.ToString());
        return match.Success && after.Increment == 1 + match.Groups["word"].Captures.Count;
    }

    /// <summary>The slots of tokens <paramref name="from"/> to <paramref name="to"/>: an empty slot per position left out.</summary>
    private static string[] Slots(List<WrittenToken> tokens, int from, int to)
    {
        var slots = new List<string> { tokens[from].Stem };
        for (var t = from + 1; t <= to; t++)
        {
            slots.AddRange(Enumerable.Repeat("", tokens[t].Increment - 1));
            slots.Add(tokens[t].Stem);
        }

        return [.. slots];
    }

    /// <summary>Runs of capitalised words joined by hyphens, each one part of a possible name; a part is usable when
    /// all its words are (no stop word, no query word) and it is not a shouted headline word.</summary>
    private static List<Part> Parts(string text, List<WrittenToken> tokens, bool[] kept)
    {
        var parts = new List<Part>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            var from = i;
            while (i + 1 < tokens.Count && i + 1 - from < MaxPart && tokens[i + 1].Increment == 1
                && char.IsUpper(text[tokens[i + 1].Start]) && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End) is "-")
            {
                i++;
            }

            var written = text.AsSpan(tokens[from].Start, tokens[i].End - tokens[from].Start);
            var shouted = written.Length > 5 && !written.ContainsAnyInRange('a', 'z') && !written.ContainsAny("àâäçéèêëîïôöùûüÿœæ");
            parts.Add(new Part(from, i, !shouted && Enumerable.Range(from, i - from + 1).All(t => kept[t])));
        }

        return parts;
    }

    /// <summary>What may stand between two words of a name: a space, then up to two particles, then an elided
    /// <c>d'</c> or <c>l'</c> (the elided article belongs to the next word's token).</summary>
    [GeneratedRegex(@"^[ \u00A0](?:(?<word>de|du|des|la|le|les|De|Du|Des|La|Le|Les)[ \u00A0]){0,2}(?:[dlDL]['’])?$")]
    private static partial Regex Particles();

    private readonly record struct Part(int From, int To, bool Usable);
}
