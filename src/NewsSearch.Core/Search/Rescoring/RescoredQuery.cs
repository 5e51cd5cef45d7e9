using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace NewsSearch.Search.Rescoring;

/// <summary>A query's own score plus a bonus for the few top documents the rescoring looked at (by top-level
/// document id). Every other document keeps its score, so paging, facets and collapsing work as before: the bonuses
/// only reorder the top of the list.</summary>
internal sealed class RescoredQuery : CustomScoreQuery
{
    private readonly IReadOnlyDictionary<int, float> _bonuses;

    public RescoredQuery(Query query, IReadOnlyDictionary<int, float> bonuses)
        : base(query) => _bonuses = bonuses;

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new Provider(context, _bonuses);

    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"rescored({SubQuery.ToString(field)}, {_bonuses.Count} top hits)");

    private sealed class Provider(AtomicReaderContext context, IReadOnlyDictionary<int, float> bonuses) : CustomScoreProvider(context)
    {
        private float Bonus(int doc) => bonuses.GetValueOrDefault(m_context.DocBase + doc);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) => subQueryScore + Bonus(doc);

        // With no value source, Lucene scores and explains through the array overloads.
        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) => CustomScore(doc, subQueryScore, 0f);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation[] valSrcExpls) =>
            CustomExplain(doc, subQueryExpl, valSrcExpl: null!);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation valSrcExpl)
        {
            var bonus = Bonus(doc);
            var explanation = new Explanation(subQueryExpl.Value + bonus, "rescored, sum of:");
            explanation.AddDetail(subQueryExpl);
            explanation.AddDetail(new Explanation(bonus, "top-hit bonus (query words covered, neighbours side by side)"));
            return explanation;
        }
    }
}
