using System.Text;
using Lucene.Net.Index;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>The acronym pairs of one index reader (<see cref="AcronymTerms"/>), read once when a search first asks:
/// the reliable expansions of each acronym, and the expansion terms in index order. A search looks up every word and
/// run of words of the query; reading them from the term dictionary each time cost more than the search's own terms.
/// A reader never changes, and a reopened index is a new reader with a new table.</summary>
internal sealed class AcronymTable
{
    private readonly Dictionary<string, IReadOnlyList<LearnedAcronym>> _byAcronym = new(StringComparer.Ordinal);
    private readonly List<LearnedAcronym> _all = [];
    private readonly List<byte[]> _expansionTerms = [];
    private readonly List<string> _expansionTexts = [];

    /// <param name="reader">The index reader whose acronym fields are read.</param>
    /// <param name="reliable">The reliable pairs among the sightings of one acronym (short form, long form, articles).</param>
    /// <param name="maxCounted">Live articles counted per term at most.</param>
    public AcronymTable(IndexReader reader, Func<List<(string ShortForm, string LongForm, int Articles)>, IReadOnlyList<LearnedAcronym>> reliable, int maxCounted)
    {
        ReadAcronyms(reader, reliable, maxCounted);
        if (MultiFields.GetTerms(reader, FieldNames.AcronymExpansion) is { } terms)
        {
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var term = iterator.Term;
                _expansionTerms.Add(term.Bytes.AsSpan(term.Offset, term.Length).ToArray());
                _expansionTexts.Add(term.Utf8ToString());
            }
        }
    }

    /// <summary>Every reliable pair, by acronym key then most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> All => _all;

    /// <summary>The reliable expansions of the acronym with this key, most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> Of(string acronymKey) => _byAcronym.GetValueOrDefault(acronymKey) ?? [];

    /// <summary>The keys of the acronyms defined with exactly this expansion key, and whether longer expansions start
    /// with these words: read from the first expansion term at or after the key, as a seek in the dictionary would.</summary>
    public (IReadOnlyList<string> Acronyms, bool Longer) WithExpansion(string expansionKey)
    {
        var exact = expansionKey + AcronymTerms.Separator;
        var acronyms = new List<string>();
        for (var i = FirstAtOrAfter(Encoding.UTF8.GetBytes(exact)); i < _expansionTexts.Count; i++)
        {
            var term = _expansionTexts[i];
            if (!term.StartsWith(exact, StringComparison.Ordinal))
            {
                // The separator sorts before the space: longer expansions of the same words come next.
                return (acronyms, term.StartsWith(expansionKey + " ", StringComparison.Ordinal));
            }

            acronyms.Add(term[exact.Length..]);
        }

        return (acronyms, false);
    }

    /// <summary>The index of the first expansion term not before <paramref name="target"/> in the index's (byte) order.</summary>
    private int FirstAtOrAfter(byte[] target)
    {
        var (low, high) = (0, _expansionTerms.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_expansionTerms[middle].AsSpan().SequenceCompareTo(target) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private void ReadAcronyms(IndexReader reader, Func<List<(string, string, int)>, IReadOnlyList<LearnedAcronym>> reliable, int maxCounted)
    {
        if (MultiFields.GetTerms(reader, FieldNames.Acronym) is not { } terms)
        {
            return;
        }

        var live = MultiFields.GetLiveDocs(reader);
        var iterator = terms.GetEnumerator();
        DocsEnum? docs = null;
        string? key = null;
        var sightings = new List<(string, string, int)>();
        while (iterator.MoveNext())
        {
            var term = iterator.Term.Utf8ToString();
            var at = term.IndexOf(AcronymTerms.Separator, StringComparison.Ordinal);
            if (at <= 0 || AcronymTerms.ReadAcronymTerm(term) is not { } pair)
            {
                continue;
            }

            var termKey = term[..at];
            if (key is not null && termKey != key)
            {
                Add(key, reliable(sightings));
                sightings = [];
            }

            key = termKey;
            docs = iterator.Docs(live, docs, DocsFlags.NONE);
            sightings.Add((pair.ShortForm, pair.LongForm, Count(docs, maxCounted)));
        }

        if (key is not null)
        {
            Add(key, reliable(sightings));
        }
    }

    private void Add(string key, IReadOnlyList<LearnedAcronym> pairs)
    {
        _byAcronym[key] = pairs;
        _all.AddRange(pairs);
    }

    private static int Count(DocsEnum docs, int maxCounted)
    {
        var count = 0;
        while (count < maxCounted && docs.NextDoc() != DocsEnum.NO_MORE_DOCS)
        {
            count++;
        }

        return count;
    }
}
