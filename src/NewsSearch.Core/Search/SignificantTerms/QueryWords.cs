using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>The stems a query searches title and body for (its words, their synonyms and spelling corrections,
/// exclusions left aside): the words a list of characteristic terms leaves out, since they characterise the match set
/// by construction.</summary>
internal static class QueryWords
{
    public static HashSet<string> Of(Query? query)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        if (query is not null)
        {
            Collect(query, stems);
        }

        return stems;
    }

    private static void Collect(Query query, HashSet<string> stems)
    {
        switch (query)
        {
            case TermQuery term:
                Add(term.Term, stems);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    Add(term, stems);
                }

                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, stems);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Collect(disjunct, stems);
                }

                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, stems);
                break;
            case MultiTermQuery { Field: var field } multi when field is FieldNames.Title or FieldNames.Body:
                // A prefix or fuzzy word: its own text is as near as one gets to the words it stands for.
                if (multi is PrefixQuery prefix)
                {
                    stems.Add(prefix.Prefix.Text);
                }
                else if (multi is FuzzyQuery fuzzy)
                {
                    stems.Add(fuzzy.Term.Text);
                }

                break;
        }
    }

    private static void Add(Term term, HashSet<string> stems)
    {
        if (term.Field is FieldNames.Title or FieldNames.Body)
        {
            stems.Add(term.Text);
        }
    }
}
