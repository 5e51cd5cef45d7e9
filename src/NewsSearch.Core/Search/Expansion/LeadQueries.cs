using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Expansion;

/// <summary>Clauses that reward an article whose lead (the start of its first paragraph: body positions below
/// <see cref="RankingOptions.LeadPositions"/> and <see cref="LeadGapFilter.Gap"/>) names a rare concept of the query:
/// such an article is about it, where one that
/// mentions it further down may only pass by. Only concepts found in few articles get one, so the clause reads few
/// positions; and only queries of several concepts, where an article about the rare one must outrank one that holds
/// a common one prominently and the rare one in passing ("IA responsable").</summary>
internal sealed class LeadQueries(FieldQueries fields, RankingOptions ranking)
{
    public IEnumerable<Query> For(IReadOnlyList<Concept> concepts, IndexReader? reader)
    {
        if (ranking.LeadBoost <= 0 || ranking.LeadPositions <= 0 || reader is null || concepts.Count < 2)
        {
            yield break;
        }

        var rare = Math.Min(ranking.LeadConceptMaxArticles, Math.Max(1, (int)(reader.NumDocs * ranking.LeadConceptMaxShare)));
        foreach (var concept in concepts)
        {
            var ways = concept.Alternatives.Where(a => a.Weight >= 1f && !a.FamilyStem).Select(a => fields.Analyze(a.Text)).Where(t => t.Count > 0).ToList();
            var articles = ways.Sum(way => way.Max(t => reader.DocFreq(new Term(FieldNames.Body, t.Text))));
            if (ways.Count == 0 || articles > rare)
            {
                continue;
            }

            var spans = ways.Select(Span).ToArray();
            SpanQuery any = spans.Length == 1 ? spans[0] : new SpanOrQuery(spans);
            yield return new SpanFirstQuery(any, Math.Min(LeadGapFilter.Gap, ranking.LeadPositions)) { Boost = ranking.LeadBoost };
        }
    }

    /// <summary>One way of writing the concept as a span: its stem, or its stems in order with the gaps the small words left.</summary>
    private static SpanQuery Span(List<(string Text, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            return new SpanTermQuery(new Term(FieldNames.Body, tokens[0].Text));
        }

        var slop = tokens[^1].Position - tokens[0].Position - (tokens.Count - 1);
        return new SpanNearQuery([.. tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(FieldNames.Body, t.Text)))], slop, inOrder: true);
    }
}
