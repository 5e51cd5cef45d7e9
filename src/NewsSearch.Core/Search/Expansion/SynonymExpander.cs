using NewsSearch.Analysis;

namespace NewsSearch.Search.Expansion;

/// <summary>Finds synonym-list members in a query's words, whatever their length: the classic query parser splits on
/// spaces before analysis, so a multi-word member ("intelligence artificielle") is matched here, on the words'
/// normalised forms (lower case, no accents, no elided article), longest member first.</summary>
internal sealed class SynonymExpander
{
    private readonly Dictionary<string, int> _members = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<IReadOnlyList<string>> _groups;
    private readonly int _longest;

    public SynonymExpander(SynonymList list, Func<string, IReadOnlyList<string>> normalise)
    {
        _groups = list.Groups;
        for (var g = 0; g < list.Groups.Count; g++)
        {
            foreach (var member in list.Groups[g])
            {
                var words = normalise(member);
                if (words.Count > 0)
                {
                    // A member listed in two groups keeps its first group.
                    _members.TryAdd(string.Join(' ', words), g);
                    _longest = Math.Max(_longest, words.Count);
                }
            }
        }
    }

    /// <summary>Whether some group has this member (normalised words joined by spaces).</summary>
    public bool Contains(string normalised) => _members.ContainsKey(normalised);

    /// <summary>The longest member starting at <paramref name="start"/> of the normalised words: its length in words
    /// and its group's members as written, or length 0 when none starts there.</summary>
    public (int Length, IReadOnlyList<string> Group) Match(IReadOnlyList<string> words, int start)
    {
        for (var length = Math.Min(_longest, words.Count - start); length >= 1; length--)
        {
            var key = string.Join(' ', words.Skip(start).Take(length));
            if (_members.TryGetValue(key, out var group))
            {
                return (length, _groups[group]);
            }
        }

        return (0, []);
    }
}
