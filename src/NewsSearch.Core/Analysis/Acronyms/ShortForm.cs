namespace NewsSearch.Analysis.Acronyms;

/// <summary>What may be an acronym: one word of 2 to 10 letters, starting with a capital, mostly capitals
/// (<c>PMA</c>, <c>DGFiP</c>, <c>RéNaSS</c>), no digits.</summary>
internal static class ShortForm
{
    public static bool IsCandidate(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2 && word.Length - upper <= 2;
    }

    /// <summary>The letters of an acronym (what an expansion must spell).</summary>
    public static int Letters(string word) => word.Count(char.IsLetter);
}
