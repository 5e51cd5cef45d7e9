using System.Globalization;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>Relevance with a preference for recent articles: the score is multiplied by
/// <c>1 + 2^(-age / half-life)</c>, where age counts days before the newest article of the index (not today: an
/// archive's newest story is its "now"). The newest articles count up to twice, year-old ones 1.5 times, undated ones once.</summary>
internal sealed class RecencyQuery : CustomScoreQuery
{
    /// <summary>Days after which the recency bonus halves.</summary>
    public const int HalfLifeDays = 365;

    private static readonly ConditionalWeakTable<IndexReader, StrongBox<int>> NewestDays = new();
    private readonly int _newestDay;

    private RecencyQuery(Query relevance, int newestDay)
        : base(relevance) => _newestDay = newestDay;

    public static Query Wrap(Query relevance, IndexReader reader) =>
        new RecencyQuery(relevance, NewestDays.GetValue(reader, r => new StrongBox<int>(NewestDay(r))).Value);

    /// <summary>The factor applied to an article published on <paramref name="day"/> (0: undated).</summary>
    public static float Factor(int day, int newestDay) =>
        day <= 0 ? 1f : 1f + MathF.Pow(2f, -Math.Max(0, newestDay - day) / (float)HalfLifeDays);

    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new Provider(context, _newestDay);

    public override string ToString(string field) =>
        string.Create(CultureInfo.InvariantCulture, $"recency({SubQuery.ToString(field)}, half-life {HalfLifeDays} days)");

    private static int NewestDay(IndexReader reader)
    {
        var newest = 0;
        foreach (var leaf in reader.Leaves)
        {
            newest = Math.Max(newest, Facets.SegmentValues.For(leaf.AtomicReader).Days.DefaultIfEmpty().Max());
        }

        return newest;
    }

    private sealed class Provider(AtomicReaderContext context, int newestDay) : CustomScoreProvider(context)
    {
        private readonly int[] _days = Facets.SegmentValues.For(context.AtomicReader).Days;

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore) =>
            subQueryScore * Factor(DayOf(doc), newestDay);

        // With no value source, Lucene explains through the array overloads.
        public override float CustomScore(int doc, float subQueryScore, float[] valSrcScores) =>
            CustomScore(doc, subQueryScore, 1f);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation[] valSrcExpls) =>
            CustomExplain(doc, subQueryExpl, valSrcExpl: null!);

        public override Explanation CustomExplain(int doc, Explanation subQueryExpl, Explanation valSrcExpl)
        {
            var factor = Factor(DayOf(doc), newestDay);
            var explanation = new Explanation(subQueryExpl.Value * factor, "recency, product of:");
            explanation.AddDetail(subQueryExpl);
            explanation.AddDetail(new Explanation(factor, "recency factor"));
            return explanation;
        }

        private int DayOf(int doc) => _days[doc];
    }
}
