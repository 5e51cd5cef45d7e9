using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>The Lucene queries of concepts: each concept matches through its best alternative on title and body
/// (stemmed); optionally, neighbouring concepts found close together. (The form typed counts in the rescoring of the
/// top hits: <see cref="Rescoring.TopRescorer"/>.)</summary>
internal sealed class ConceptQueries(FieldQueries fields, RankingOptions ranking)
{
    /// <summary>Neighbouring concepts found close together in the body, in either order.</summary>
    public IEnumerable<Query> Proximity(List<Concept> concepts)
    {
        if (ranking.ProximityBoost <= 0)
        {
            yield break;
        }

        var stems = concepts
            .Where(c => c.Typed.Count == 1 && !c.IsSynonymGroup && !FrenchNewsAnalyzer.StopWords.Contains(c.Typed[0]))
            .Select(c => fields.Analyze(c.Typed[0]))
            .Where(tokens => tokens.Count == 1)
            .Select(tokens => tokens[0].Text)
            .ToList();
        for (var i = 0; i + 1 < stems.Count; i++)
        {
            var phrase = new PhraseQuery { Slop = ranking.ProximitySlop, Boost = ranking.ProximityBoost };
            phrase.Add(new Term(FieldNames.Body, stems[i]));
            phrase.Add(new Term(FieldNames.Body, stems[i + 1]));
            yield return phrase;
        }
    }

    /// <summary>A concept on one field or on title and body: its best-matching alternative counts.</summary>
    public Query? Concept(Concept concept, string? field)
    {
        var alternatives = concept.Alternatives
            .Select(a => (Tokens: fields.Analyze(a), a.Weight))
            .Where(a => a.Tokens.Count > 0)
            .ToList();
        if (alternatives.Count == 0)
        {
            return null;
        }

        var stemmed = fields.PerField(field, f =>
        {
            if (alternatives.Count == 1)
            {
                return FieldQueries.TermsAt(f, alternatives[0].Tokens);
            }

            var best = new DisjunctionMaxQuery(0f);
            foreach (var (tokens, weight) in alternatives)
            {
                var query = FieldQueries.TermsAt(f, tokens);
                query.Boost = weight;
                best.Add(query);
            }

            return best;
        });
        return stemmed;
    }
}
