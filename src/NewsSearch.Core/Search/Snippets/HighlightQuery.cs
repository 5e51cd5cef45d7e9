using Lucene.Net.Search;

namespace NewsSearch.Search.Snippets;

/// <summary>The part of a search query the highlighter can mark in one field: clauses on other fields (the boosted
/// title, the source) and exclusions are left out. They could never mark a word of that field, but a
/// phrase among them made the highlighter index every hit's text in memory to look for it, which was most of the cost
/// of a snippet.</summary>
internal static class HighlightQuery
{
    /// <summary>The clauses of <paramref name="query"/> on <paramref name="field"/>, or <c>null</c> when there are none.</summary>
    public static Query? On(Query query, string field) => query switch
    {
        TermQuery term => term.Term.Field == field ? term : null,
        PhraseQuery phrase => phrase.GetTerms().All(t => t.Field == field) ? phrase : null,
        MultiTermQuery multi => multi.Field == field ? multi : null,
        BooleanQuery boolean => Boolean(boolean, field),
        DisjunctionMaxQuery max => Disjunction(max, field),
        ConstantScoreQuery { Query: { } inner } => On(inner, field),
        // Only the lead clauses are spans: they repeat words the term clauses mark, and a span made the highlighter
        // index each hit's text in memory.
        Lucene.Net.Search.Spans.SpanQuery => null,
        _ => query,
    };

    /// <summary>Whether the query is made of single terms only (no phrase, prefix or fuzzy part): its highlighting
    /// weights are then the same for every hit, and can be worked out once.</summary>
    public static bool IsTermsOnly(Query query) => query switch
    {
        TermQuery => true,
        BooleanQuery boolean => boolean.Clauses.All(c => IsTermsOnly(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.All(IsTermsOnly),
        _ => false,
    };

    private static Query? Boolean(BooleanQuery query, string field)
    {
        var kept = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost };
        foreach (var clause in query.Clauses)
        {
            if (clause.Occur != Occur.MUST_NOT && On(clause.Query, field) is { } part)
            {
                kept.Add(part, Occur.SHOULD);
            }
        }

        return kept.Clauses.Count == 0 ? null : kept;
    }

    private static Query? Disjunction(DisjunctionMaxQuery query, string field)
    {
        var kept = new DisjunctionMaxQuery(query.TieBreakerMultiplier) { Boost = query.Boost };
        foreach (var disjunct in query.Disjuncts)
        {
            if (On(disjunct, field) is { } part)
            {
                kept.Add(part);
            }
        }

        return kept.Disjuncts.Count == 0 ? null : kept;
    }
}
