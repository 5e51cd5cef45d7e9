using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>The request's source and date restrictions as one Lucene filter (they narrow, never score).</summary>
internal static class Filters
{
    public static Filter? For(SearchRequest request)
    {
        var clauses = new BooleanQuery();
        if (request.Sources.Count > 0)
        {
            var sources = new BooleanQuery();
            foreach (var source in request.Sources)
            {
                sources.Add(new TermQuery(new Term(FieldNames.SourceKey, SourceKeys.Normalize(source))), Occur.SHOULD);
            }

            clauses.Add(sources, Occur.MUST);
        }

        if (request.From is not null || request.To is not null)
        {
            clauses.Add(NumericRangeQuery.NewInt32Range(FieldNames.PublishedDay, request.From?.DayNumber, request.To?.DayNumber, true, true), Occur.MUST);
        }

        return clauses.Clauses.Count == 0 ? null : new QueryWrapperFilter(clauses);
    }
}
