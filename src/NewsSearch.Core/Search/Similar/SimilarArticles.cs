using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Search.Collapsing;
using NewsSearch.Search.Paging;

namespace NewsSearch.Search.Similar;

/// <summary>Finds the articles most like a given one with Lucene's MoreLikeThis: the article's most distinctive
/// title and body terms (by tf-idf) become an OR query. The article itself and its near-duplicate copies are left
/// out (they are the same story, not a related one), and copies among the results are collapsed.</summary>
internal sealed class SimilarArticles
{
    private readonly Analyzer _analyzer;

    public SimilarArticles(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>The query built from the article and the first <paramref name="count"/> results, or <c>null</c>
    /// when no live article has this id.</summary>
    public (Query Query, RankedPage Page)? Find(IndexSearcher searcher, string id, int count)
    {
        if (count is < 1 or > SearchRequest.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The count must be between 1 and {SearchRequest.MaxPageSize}.");
        }

        var top = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        if (top.ScoreDocs.Length == 0)
        {
            return null;
        }

        var target = top.ScoreDocs[0].Doc;
        var reader = searcher.IndexReader;
        var likeThis = new MoreLikeThis(reader)
        {
            Analyzer = _analyzer,
            FieldNames = [FieldNames.Title, FieldNames.Body],
            // Articles are single documents, not corpora: a word said once can still be what the article is about.
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        // Words in more than a tenth of the articles say little about what this one is about (kept in small indexes).
        likeThis.MaxDocFreq = Math.Max(reader.NumDocs / 10, 10);
        var query = likeThis.Like(target);

        using var hits = new AllHitsCollector(facets: null);
        searcher.Search(query, hits);
        var clusters = DuplicateClusters.For(reader);
        var cluster = clusters.ClusterOf(target);
        bool Excluded(int doc) => doc == target || (cluster >= 0 && clusters.ClusterOf(doc) == cluster);
        var (page, total) = PageSelector.Select(hits, SearchSort.Relevance, clusters, 0, count, excluded: Excluded);
        var articles = 0;
        foreach (var doc in hits.Docs)
        {
            articles += Excluded(doc) ? 0 : 1;
        }

        return (query, new RankedPage(page, total, articles, SearchFacets.None));
    }
}
