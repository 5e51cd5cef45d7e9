using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>Reads the acronym pairs the index holds (<see cref="AcronymTerms"/>) and keeps the reliable ones: an
/// expansion defined by at least <see cref="RankingOptions.MinAcronymArticles"/> articles and by at least
/// <see cref="RankingOptions.MinAcronymShare"/> of the articles defining the acronym, its inflections and accent
/// variants counted together ("agence régionale de santé" and "agences régionales de santé" are one expansion of ARS).
/// A pair an article invents by chance ("LR (le président)") is seen once or twice among hundreds.</summary>
internal sealed class AcronymSightings(FieldQueries fields, RankingOptions ranking)
{
    /// <summary>Live articles counted per term at most (a bound on the cost of a very common pair).</summary>
    private const int MaxCounted = 100_000;

    /// <summary>The reliable expansions of the acronym with this key (lower case, no accents), most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> Of(IndexReader reader, string acronymKey)
    {
        if (MultiFields.GetTerms(reader, FieldNames.Acronym) is not { } terms)
        {
            return [];
        }

        var prefix = acronymKey + AcronymTerms.Separator;
        var sightings = new List<(string ShortForm, string LongForm, int Articles)>();
        var live = MultiFields.GetLiveDocs(reader);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        DocsEnum? docs = null;
        do
        {
            var term = iterator.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (AcronymTerms.ReadAcronymTerm(term) is { } pair)
            {
                docs = iterator.Docs(live, docs, DocsFlags.NONE);
                sightings.Add((pair.ShortForm, pair.LongForm, Count(docs)));
            }
        }
        while (iterator.MoveNext());

        return Reliable(sightings);
    }

    /// <summary>The keys of the acronyms defined with exactly this expansion key (the words typed, as a query reads them).</summary>
    /// <returns>The acronym keys, and whether longer expansions start with these words (worth extending the run).</returns>
    public (IReadOnlyList<string> Acronyms, bool Longer) WithExpansion(IndexReader reader, string expansionKey)
    {
        if (MultiFields.GetTerms(reader, FieldNames.AcronymExpansion) is not { } terms)
        {
            return ([], false);
        }

        var exact = expansionKey + AcronymTerms.Separator;
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(new BytesRef(exact)) == TermsEnum.SeekStatus.END)
        {
            return ([], false);
        }

        var acronyms = new List<string>();
        do
        {
            var term = iterator.Term.Utf8ToString();
            if (!term.StartsWith(exact, StringComparison.Ordinal))
            {
                // The separator sorts before the space: longer expansions of the same words come next.
                return (acronyms, term.StartsWith(expansionKey + " ", StringComparison.Ordinal));
            }

            acronyms.Add(term[exact.Length..]);
        }
        while (iterator.MoveNext());

        return (acronyms, false);
    }

    /// <summary>Every reliable pair of the index, by acronym key then most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> All(IndexReader reader)
    {
        var all = new List<LearnedAcronym>();
        if (MultiFields.GetTerms(reader, FieldNames.Acronym) is not { } terms)
        {
            return all;
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
                all.AddRange(Reliable(sightings));
                sightings.Clear();
            }

            key = termKey;
            docs = iterator.Docs(live, docs, DocsFlags.NONE);
            sightings.Add((pair.ShortForm, pair.LongForm, Count(docs)));
        }

        all.AddRange(Reliable(sightings));
        return all;
    }

    private List<LearnedAcronym> Reliable(List<(string ShortForm, string LongForm, int Articles)> sightings)
    {
        var total = sightings.Sum(s => s.Articles);
        if (total < ranking.MinAcronymArticles)
        {
            return [];
        }

        // The acronym as most articles write it; each expansion as most articles write it among those stemmed alike.
        var written = sightings.GroupBy(s => s.ShortForm, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Articles)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return sightings
            .GroupBy(s => StemsOf(s.LongForm), StringComparer.Ordinal)
            .Select(g => (Articles: g.Sum(s => s.Articles),
                LongForm: g.GroupBy(s => s.LongForm, StringComparer.Ordinal).OrderByDescending(f => f.Sum(s => s.Articles)).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key))
            .Where(g => g.Articles >= ranking.MinAcronymArticles && g.Articles >= ranking.MinAcronymShare * total)
            .OrderByDescending(g => g.Articles).ThenBy(g => g.LongForm, StringComparer.Ordinal)
            .Select(g => new LearnedAcronym(written, g.LongForm, g.Articles))
            .ToList();
    }

    /// <summary>The stems of an expansion with their relative positions (what its phrase query matches), read from
    /// the words without accents, so that spellings with and without them compare equal.</summary>
    public string StemsOf(string longForm)
    {
        var tokens = fields.Analyze(Analysis.AccentFolding.Fold(longForm.ToLowerInvariant()));
        return tokens.Count == 0 ? "" : string.Join(' ', tokens.Select(t => $"{t.Position - tokens[0].Position}:{t.Text}"));
    }

    private static int Count(DocsEnum docs)
    {
        var count = 0;
        while (count < MaxCounted && docs.NextDoc() != DocsEnum.NO_MORE_DOCS)
        {
            count++;
        }

        return count;
    }
}
