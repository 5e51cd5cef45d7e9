using Lucene.Net.Index;
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

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, AcronymTable> _tables = [];

    /// <summary>The reliable expansions of the acronym with this key (lower case, no accents), most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> Of(IndexReader reader, string acronymKey) => Table(reader).Of(acronymKey);

    /// <summary>The keys of the acronyms defined with exactly this expansion key (the words typed, as a query reads them).</summary>
    /// <returns>The acronym keys, and whether longer expansions start with these words (worth extending the run).</returns>
    public (IReadOnlyList<string> Acronyms, bool Longer) WithExpansion(IndexReader reader, string expansionKey) => Table(reader).WithExpansion(expansionKey);

    /// <summary>Every reliable pair of the index, by acronym key then most defined first.</summary>
    public IReadOnlyList<LearnedAcronym> All(IndexReader reader) => Table(reader).All;

    private AcronymTable Table(IndexReader reader) => _tables.GetValue(reader, r => new AcronymTable(r, Reliable, MaxCounted));

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
}
