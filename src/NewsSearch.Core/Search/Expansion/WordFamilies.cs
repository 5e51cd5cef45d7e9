using Lucene.Net.Index;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>The other indexed stems of a word's family: <c>manifestants</c> and <c>manifestation</c>, <c>électeurs</c>
/// and <c>élection</c>, which the light stemmer of the index keeps apart (<c>manifestant</c>, <c>manifest</c>). Two
/// stems are of one family when Snowball's French stemmer, which also strips derivational endings (-ation, -ement,
/// -ant, -ité, -if…), brings them to the same root. The stemmer reads the indexed light stems themselves, the only form
/// the terms dictionary has: a light stem is no word, but it is what the word's own light stem is compared with, and
/// Snowball takes the same endings off it (<c>manifestant</c> and <c>manifest</c> → <c>manifest</c>).
/// The members are found by walking the body's terms that start with the root, so the cost is one seek and a few
/// dozen terms per word, with no index of its own.</summary>
internal static class WordFamilies
{
    /// <summary>A root shorter than this is not looked for: too many unrelated words start with it.</summary>
    public const int MinRootLength = 5;

    /// <summary>The shortest ending, beyond the root, that the word or the member must have. A lone letter is seldom a
    /// French derivation the light stemmer left (it takes inflections off), mostly names and foreign words Snowball
    /// reads as verbs: <c>angela</c> and <c>angeli</c>, <c>melenchon</c> and <c>melenchona</c>, <c>meurtre</c> and
    /// <c>meurtri</c>.</summary>
    public const int MinEndingLength = 2;

    /// <summary>Terms read after the root at most: words sharing a short root are many.</summary>
    private const int MaxTermsWalked = 64;

    /// <summary>Members kept at most, the most frequent first.</summary>
    public const int MaxMembers = 2;

    /// <summary>The indexed stems of <paramref name="stem"/>'s family (the light stem of a query word, as indexed),
    /// itself left out, most articles first; empty when the root is short or the family has no other member. A member
    /// must be in at least <paramref name="minShare"/> of the articles holding the word: a form far rarer than the word
    /// is mostly a verb's conjugation that looks like it (<c>train</c>, <c>traînait</c>; <c>contre</c>, <c>contrait</c>).
    /// With <paramref name="maxRatio"/> above 0, a member in more than that many times the word's articles is left out
    /// too: it is mostly a more general word, whose many articles drown the word's own (<c>interdire</c>,
    /// <c>interdit</c>).</summary>
    public static IReadOnlyList<string> Of(IndexReader reader, string stem, float minShare, float maxRatio = 0f)
    {
        var root = Root(stem);
        if (root.Length < MinRootLength || MultiFields.GetTerms(reader, FieldNames.Body) is not { } terms)
        {
            return [];
        }

        var members = new List<(string Stem, int Articles)>();
        var walk = terms.GetEnumerator();
        if (walk.SeekCeil(new BytesRef(root)) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var prefix = new BytesRef(root);
        var own = reader.DocFreq(new Term(FieldNames.Body, stem));
        var needed = Math.Max(1, (int)Math.Ceiling(minShare * own));
        var most = maxRatio > 0 ? (long)(maxRatio * Math.Max(own, 1)) : long.MaxValue;
        for (var read = 0; read < MaxTermsWalked && StringHelper.StartsWith(walk.Term, prefix); read++)
        {
            var term = walk.Term.Utf8ToString();
            if (walk.DocFreq >= needed && walk.DocFreq <= most && term != stem && Math.Max(stem.Length, term.Length) - root.Length >= MinEndingLength && Root(term) == root)
            {
                members.Add((term, walk.DocFreq));
            }

            if (!walk.MoveNext())
            {
                break;
            }
        }

        return members
            .OrderByDescending(m => m.Articles).ThenBy(m => m.Stem, StringComparer.Ordinal)
            .Take(MaxMembers)
            .Select(m => m.Stem)
            .ToList();
    }

    /// <summary>Snowball's French root of an indexed stem (lower case, unaccented).</summary>
    public static string Root(string stem)
    {
        // The stemmer keeps state between calls, so each use has its own: it is cheap to make.
        var stemmer = new FrenchStemmer();
        stemmer.SetCurrent(stem);
        stemmer.Stem();
        return stemmer.Current;
    }
}
