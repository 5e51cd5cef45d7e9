using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Rescoring;

/// <summary>Looks again at the first hits of a query with signals plain BM25 misses, and gives each a bonus
/// proportional to the best score (so the signals weigh the same for every query):
/// <list type="bullet">
/// <item>coverage: the share of the query's concepts, weighted by rarity, that the article holds (title or body);</item>
/// <item>written forms: the same share, counting only the concepts held in a form asked for (the very words typed, or
/// a member of the synonym group), not in another inflection;</item>
/// <item>neighbours: the share of neighbouring query words (small words included: "la chute de Kars") found side by
/// side, as written, in the article.</item>
/// </list>
/// All are read from the postings of the few query terms for these few documents, written forms and small-word
/// neighbours from the positions' <see cref="Analysis.SurfaceMarks"/>: no stored text is read or analysed.</summary>
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
        var writtenWeight = ranking.WrittenFormWeight;
        var pairWeight = terms.Pairs.Count > 0 ? ranking.NeighbourWeight : 0f;
        if (top.Count < 2 || (coverageWeight <= 0 && pairWeight <= 0 && writtenWeight <= 0))
        {
            return bonuses;
        }

        var best = top.Max(hit => hit.Score);
        var docs = top.Select(hit => hit.Doc).Order().ToArray();
        var index = terms.Stems.Select((stem, i) => (stem, i)).ToDictionary(p => p.stem, p => p.i, StringComparer.Ordinal);
        var rarities = terms.Stems.Select(stem => Rarity(reader, stem)).ToArray();
        // A concept weighs as its commonest way of matching (so a misspelt word is not rarer than its correction),
        // a way of several words as its rarest word.
        var weights = terms.Concepts.Select(ways => MathF.Pow(ways.Min(way => way.Max(stem => rarities[index[stem]])), ranking.RarityPower)).ToArray();
        var total = weights.Sum();
        var seen = terms.Stems.Select(_ => new StemSighting[docs.Length]).ToArray();
        var pairsFound = new int[docs.Length];
        var typedHeld = terms.Concepts.Select(_ => new bool[docs.Length]).ToArray();
        var readSightings = coverageWeight > 0 || writtenWeight > 0;
        var readMarks = pairWeight > 0 || writtenWeight > 0;
        foreach (var leaf in reader.Leaves)
        {
            var (from, to) = Range(docs, leaf.DocBase, leaf.DocBase + leaf.AtomicReader.MaxDoc);
            if (from == to)
            {
                continue;
            }

            var marks = Read(leaf, terms, readSightings ? seen : null, index, readMarks, docs, from, to);
            if (!readMarks)
            {
                continue;
            }

            for (var i = from; i < to; i++)
            {
                var written = new WrittenText(marks, terms.Words, i - from);
                pairsFound[i] = terms.Pairs.Count(p => written.SideBySide(p.First, p.Second));
                for (var c = 0; c < terms.Concepts.Count; c++)
                {
                    typedHeld[c][i] = terms.TypedForms[c].Any(form => form.All(written.Holds));
                }
            }
        }

        for (var i = 0; i < docs.Length; i++)
        {
            var held = 0f;
            var heldAsTyped = 0f;
            for (var c = 0; c < weights.Length; c++)
            {
                // A concept the article is about (in its title or lead) counts whole; one mentioned in passing, a share.
                var doc = i;
                var share = terms.Concepts[c].Max(way => Held(way.Select(stem => seen[index[stem]][doc]).ToList(), terms.Topical, ranking));
                held += share * weights[c];
                heldAsTyped += typedHeld[c][i] ? share * weights[c] : 0f;
            }

            var coverage = total > 0 ? held / total : 0f;
            var typed = total > 0 ? heldAsTyped / total : 0f;
            var pairs = terms.Pairs.Count > 0 ? (float)pairsFound[i] / terms.Pairs.Count : 0f;
            bonuses[docs[i]] = best * ((coverageWeight * coverage) + (writtenWeight * typed) + (pairWeight * pairs));
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

    /// <summary>How much of a concept an article holds through one way of matching it (all its stems): whole when
    /// the query asks a question, or the article is about it (every stem in the title, or in the lead); a share when
    /// the article only mentions it.</summary>
    private static float Held(List<StemSighting> stems, bool topical, RankingOptions ranking)
    {
        if (!stems.All(s => s.Held))
        {
            return 0f;
        }

        if (!topical)
        {
            return 1f;
        }

        var lead = Math.Min(ranking.LeadPositions, Analysis.LeadGapFilter.Gap);
        var central = stems.All(s => s.InTitle) || (lead > 0 && stems.All(s => s.FirstInBody < lead))
            || (ranking.RepeatedMentions > 0 && stems.All(s => s.InBody >= ranking.RepeatedMentions));
        return central ? 1f : ranking.PassingMentionShare;
    }

    /// <summary>Walks <paramref name="postings"/> through the slice's documents (in document order) and calls
    /// <paramref name="found"/> with the index of each one the postings hold, positioned on it.</summary>
    private static void AtDocs<T>(T? postings, int[] docs, int from, int to, int docBase, Action<int, T> found)
        where T : DocsEnum
    {
        for (var i = from; i < to && postings is not null; i++)
        {
            var target = docs[i] - docBase;
            var at = postings.DocID >= target ? postings.DocID : postings.Advance(target);
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (at == target)
            {
                found(i, postings);
            }
        }
    }

    /// <summary>Where an article holds one stem: in its title, how often in its body, and the first body position.</summary>
    private readonly record struct StemSighting(bool InTitle, int InBody, int FirstInBody)
    {
        public bool Held => InTitle || InBody > 0;
    }

    /// <summary>One walk of each stem's title and body positions through the slice's documents: where the concepts'
    /// stems are held (into <paramref name="seen"/>, when given), and the marked positions of the written words' stems
    /// in each document (returned; empty unless <paramref name="readMarks"/>).</summary>
    private static Dictionary<string, List<WrittenMark>?[]> Read(AtomicReaderContext leaf, RescoreTerms terms, StemSighting[][]? seen,
        Dictionary<string, int> index, bool readMarks, int[] docs, int from, int to)
    {
        var marks = new Dictionary<string, List<WrittenMark>?[]>(StringComparer.Ordinal);
        var written = readMarks ? terms.WrittenStems : [];
        foreach (var stem in (seen is null ? [] : terms.Stems).Union(written, StringComparer.Ordinal))
        {
            var sightings = seen is not null && index.TryGetValue(stem, out var s) ? seen[s] : null;
            var perDoc = written.Contains(stem, StringComparer.Ordinal) ? marks[stem] = new List<WrittenMark>?[to - from] : null;
            for (var field = 0; field < FieldNames.Marked.Length; field++)
            {
                var inBody = FieldNames.Marked[field] == FieldNames.Body;
                AtDocs(leaf.AtomicReader.GetTermPositionsEnum(new Term(FieldNames.Marked[field], stem)), docs, from, to, leaf.DocBase, (i, postings) =>
                {
                    var freq = postings.Freq;
                    var first = -1;
                    var list = perDoc is null ? null : perDoc[i - from] ??= [];
                    for (var f = list is null ? Math.Min(freq, 1) : freq; f > 0; f--)
                    {
                        var position = postings.NextPosition();
                        first = first < 0 ? position : first;
                        if (list is not null && Analysis.SurfaceMarks.Read(postings.GetPayload()) is { } mark)
                        {
                            list.Add(new WrittenMark(field, position, mark.Hash, mark.Before, mark.After));
                        }
                    }

                    if (sightings is not null)
                    {
                        sightings[i] = inBody ? sightings[i] with { InBody = freq, FirstInBody = first } : sightings[i] with { InTitle = true };
                    }
                });
            }
        }

        return marks;
    }

    /// <summary>A word's position in one field of a document, with its mark: the hash of its written form and the
    /// stop words around it.</summary>
    private readonly record struct WrittenMark(int Field, int Position, byte Hash, byte Before, byte After);

    /// <summary>The written words of one document, as its marks tell them.</summary>
    private readonly struct WrittenText(Dictionary<string, List<WrittenMark>?[]> marks, IReadOnlyDictionary<string, WrittenWord> words, int doc)
    {
        /// <summary>Whether the document has the word as written.</summary>
        public bool Holds(string word) => At(words[word]).Any();

        /// <summary>Whether the two words stand side by side, in this order, as written.</summary>
        public bool SideBySide(string first, string second)
        {
            var (a, b) = (words[first], words[second]);
            if (a.Stem is not null && b.Stem is not null)
            {
                var seconds = At(b).ToList();
                return At(a).Any(m => seconds.Any(n => n.Field == m.Field && n.Position == m.Position + 1));
            }

            if (a.Stem is not null && b.StopId != 0)
            {
                return At(a).Any(m => m.After == b.StopId);
            }

            return a.StopId != 0 && b.Stem is not null && At(b).Any(m => m.Before == a.StopId);
        }

        private IEnumerable<WrittenMark> At(WrittenWord word)
        {
            if (word.Stem is null || marks[word.Stem][doc] is not { } found)
            {
                return [];
            }

            var hash = word.Hash;
            return found.Where(m => m.Hash == hash);
        }
    }
}
