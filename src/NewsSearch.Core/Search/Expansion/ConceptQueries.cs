using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>The Lucene queries of concepts: each concept matches through its best alternative on title and body
/// (stemmed), plus a bonus for the form typed (or any synonym) found unstemmed; optionally, neighbouring concepts found
/// close together.</summary>
internal sealed class ConceptQueries(FieldQueries fields, WordConcepts normaliser, RankingOptions ranking)
{
    /// <summary>Neighbouring concepts found close together in the unstemmed text, in either order.</summary>
    public IEnumerable<Query> Proximity(List<Concept> concepts)
    {
        if (ranking.ProximityBoost <= 0)
        {
            yield break;
        }

        var words = concepts.Where(c => c.Typed.Count == 1 && !c.IsSynonymGroup && !FrenchNewsAnalyzer.StopWords.Contains(c.Typed[0])).Select(c => c.Typed[0]).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var phrase = new PhraseQuery { Slop = ranking.ProximitySlop, Boost = ranking.ProximityBoost };
            phrase.Add(new Term(FieldNames.Exact, words[i]));
            phrase.Add(new Term(FieldNames.Exact, words[i + 1]));
            yield return phrase;
        }
    }

    /// <summary>A concept on one field or on title and body: its best-matching alternative counts.</summary>
    public Query? Concept(Concept concept, string? field)
    {
        var alternatives = concept.Alternatives
            .Select(a => (Tokens: fields.Analyze(a.Text), a.Weight))
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
        if (ranking.ExactBoost <= 0 || field is not null)
        {
            return stemmed;
        }

        // The words as typed (or any member of their synonym group, so that an acronym and its expansion read the same),
        // unstemmed, add a little: an article using the very form asked for ranks first. A correction gets no such bonus.
        var forms = concept.IsSynonymGroup
            ? concept.Alternatives.Select(a => (IReadOnlyList<string>)normaliser.Normalise(a.Text).Select(w => w.Normal).ToList()).Where(f => f.Count > 0).ToList()
            : [concept.Typed];
        var exact = new DisjunctionMaxQuery(0f) { Boost = ranking.ExactBoost };
        foreach (var form in forms)
        {
            var phrase = new PhraseQuery();
            foreach (var word in form)
            {
                phrase.Add(new Term(FieldNames.Exact, word));
            }

            exact.Add(phrase);
        }

        return new BooleanQuery(disableCoord: true) { { stemmed, Occur.MUST }, { exact, Occur.SHOULD } };
    }
}
