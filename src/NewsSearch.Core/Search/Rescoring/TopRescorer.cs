using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Rescoring;

/// <summary>Looks again at the first hits of a query with two signals plain BM25 misses, and gives each a bonus
/// proportional to the best score (so the signals weigh the same for every query):
/// <list type="bullet">
/// <item>coverage: the share of the query's concepts, weighted by rarity, that the article holds (title or body);</item>
/// <item>neighbours: the share of neighbouring query words (small words included: "la chute de Kars") found side by
/// side, unstemmed, in the article.</item>
/// </list>
/// Both are read from the postings of the few query terms for these few documents: no stored text is read or analysed.</summary>
internal static class TopRescorer
{
    /// <summary>The bonus of each of the first <see cref="RankingOptions.RescoreDepth"/> hits, by top-level document id;
    /// empty when there is nothing to reorder.</summary>
    public static IReadOnlyDictionary<int, float> Bonuses(IndexSearcher searcher, Query query, Filter? filter, RescoreTerms terms, RankingOptions ranking) =>
        ranking.RescoreDepth <= 1
            ? new Dictionary<int, float>()
            : Bonuses(searcher.IndexReader, searcher.Search(query, filter, ranking.RescoreDepth).ScoreDocs.Select(h => (h.Doc, h.Score)).ToList(), terms, ranking);

    /// <summary>The bonus of each of <paramref name="top"/> (the first hits, by top-level document id and score).</summary>
    public static IReadOnlyDictionary<int, float> Bonuses(IndexReader reader, IReadOnlyList<(int Doc, float Score)> top, RescoreTerms terms, RankingOptions ranking)
    {
        var bonuses = new Dictionary<int, float>();
        var coverageWeight = terms.Concepts.Count > 1 ? ranking.CoverageWeight : 0f;
        var pairWeight = terms.Pairs.Count > 0 ? ranking.NeighbourWeight : 0f;
        if (top.Count < 2 || (coverageWeight <= 0 && pairWeight <= 0))
        {
            return bonuses;
        }

        var best = top.Max(hit => hit.Score);
        var docs = top.Select(hit => hit.Doc).Order().ToArray();
        var index = terms.Stems.Select((stem, i) => (stem, i)).ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);
        var rarities = terms.Stems.Select(stem => Rarity(reader, stem)).ToArray();
        // A concept weighs as its commonest way of matching (so a misspelt word is not rarer than its correction),
        // a way of several words as its rarest word.
        var weights = terms.Concepts.Select(ways => ways.Min(way => way.Max(stem => rarities[index[stem]]))).ToArray();
        var total = weights.Sum();
        var present = terms.Stems.Select(_ => new bool[docs.Length]).ToArray();
        var pairsFound = new int[docs.Length];
        foreach (var leaf in reader.Leaves)
        {
            var (from, to) = Range(docs, leaf.DocBase, leaf.DocBase + leaf.AtomicReader.MaxDoc);
            if (from == to)
            {
                continue;
            }

            for (var s = 0; s < terms.Stems.Count && coverageWeight > 0; s++)
            {
                Mark(leaf.AtomicReader.GetTermDocsEnum(new Term(FieldNames.Title, terms.Stems[s])), docs, from, to, leaf.DocBase, present[s]);
                Mark(leaf.AtomicReader.GetTermDocsEnum(new Term(FieldNames.Body, terms.Stems[s])), docs, from, to, leaf.DocBase, present[s]);
            }

            if (pairWeight > 0)
            {
                var positions = Positions(leaf, terms, docs, from, to);
                for (var i = from; i < to; i++)
                {
                    pairsFound[i] = terms.Pairs.Count(p => SideBySide(positions, p, i - from));
                }
            }
        }

        for (var i = 0; i < docs.Length; i++)
        {
            var held = 0f;
            for (var c = 0; c < weights.Length; c++)
            {
                held += terms.Concepts[c].Any(way => way.All(stem => present[index[stem]][i])) ? weights[c] : 0f;
            }

            var coverage = total > 0 ? held / total : 0f;
            var pairs = terms.Pairs.Count > 0 ? (float)pairsFound[i] / terms.Pairs.Count : 0f;
            bonuses[docs[i]] = best * ((coverageWeight * coverage) + (pairWeight * pairs));
        }

        return bonuses;
    }

    /// <summary>BM25's inverse document frequency of a stem in the body.</summary>
    private static float Rarity(IndexReader reader, string stem)
    {
        var frequency = reader.DocFreq(new Term(FieldNames.Body, stem));
        return MathF.Log(1f + ((reader.NumDocs - frequency + 0.5f) / (frequency + 0.5f)));
    }

    /// <summary>The slice of the sorted ids that falls in one segment.</summary>
    private static (int From, int To) Range(int[] docs, int start, int end)
    {
        var from = 0;
        while (from < docs.Length && docs[from] < start)
        {
            from++;
        }

        var to = from;
        while (to < docs.Length && docs[to] < end)
        {
            to++;
        }

        return (from, to);
    }

    private static void Mark(DocsEnum? postings, int[] docs, int from, int to, int docBase, bool[] present)
    {
        if (postings is null)
        {
            return;
        }

        for (var i = from; i < to; i++)
        {
            var target = docs[i] - docBase;
            var at = postings.DocID >= target ? postings.DocID : postings.Advance(target);
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            present[i] |= at == target;
        }
    }

    /// <summary>For each word of the pairs, its positions in the exact field of each document of the slice.</summary>
    private static Dictionary<string, HashSet<int>[]> Positions(AtomicReaderContext leaf, RescoreTerms terms, int[] docs, int from, int to)
    {
        var words = terms.Pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal);
        var positions = new Dictionary<string, HashSet<int>[]>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var perDoc = new HashSet<int>[to - from];
            positions[word] = perDoc;
            var postings = leaf.AtomicReader.GetTermPositionsEnum(new Term(FieldNames.Exact, word));
            for (var i = from; i < to && postings is not null; i++)
            {
                var target = docs[i] - leaf.DocBase;
                var at = postings.DocID >= target ? postings.DocID : postings.Advance(target);
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (at == target)
                {
                    var set = new HashSet<int>();
                    for (var f = postings.Freq; f > 0; f--)
                    {
                        set.Add(postings.NextPosition());
                    }

                    perDoc[i - from] = set;
                }
            }
        }

        return positions;
    }

    private static bool SideBySide(Dictionary<string, HashSet<int>[]> positions, (string First, string Second) pair, int doc) =>
        positions[pair.First][doc] is { } first && positions[pair.Second][doc] is { } second && first.Any(p => second.Contains(p + 1));
}
