using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace NewsSearch.Analysis;

/// <summary>Words the light stemmer would merge with a word of another meaning, given a stem of their own: it drops a
/// final <c>e</c> or <c>é</c>, so "retraite(s)" (pension) and "retraité(s)" (pensioner) met "retrait(s)" (withdrawal)
/// under <c>retrait</c>, and a search about pensions listed withdrawals by date. Applied before the stemmer, which
/// leaves the words it marks alone; both spellings, with and without accents, since typed queries drop them.</summary>
internal static class StemExceptions
{
    private static readonly (string Stem, string[] Words)[] Groups =
    [
        ("retraite", ["retraite", "retraites", "retraité", "retraités", "retraitée", "retraitées", "retraitee", "retraitees"]),
    ];

    private static readonly StemmerOverrideFilter.StemmerOverrideMap Map = Build();

    /// <summary>The words of <paramref name="input"/> given their own stem where listed.</summary>
    public static TokenStream Apply(TokenStream input) => new StemmerOverrideFilter(input, Map);

    private static StemmerOverrideFilter.StemmerOverrideMap Build()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var (stem, words) in Groups)
        {
            foreach (var word in words)
            {
                builder.Add(word, stem);
            }
        }

        return builder.Build();
    }
}
