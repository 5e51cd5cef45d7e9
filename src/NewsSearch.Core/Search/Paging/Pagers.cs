using Lucene.Net.Search;
using NewsSearch.Search.Collapsing;
using NewsSearch.Search.Facets;
using NewsSearch.Search.Matching;
using NewsSearch.Search.Rescoring;

namespace NewsSearch.Search.Paging;

/// <summary>Runs a query and returns one page: by relevance without facets or collapsing, with Lucene's top-hits
/// collector (and <c>SearchAfter</c> for the page after one already served); otherwise in one pass over all hits
/// (keeping only the hits after the previous page's end when that page was served). Sorting by date always takes
/// the pass over all hits: Lucene's sorting collector reads each hit's date from the doc-values file, ten times
/// slower on broad queries than the per-segment arrays of the pass.</summary>
internal sealed class Pagers
{
    private readonly PageCursors _cursors = new();

    /// <summary>One page of hits; with <paramref name="rescoring"/> (relevance order only), the first hits reordered by
    /// their bonuses. In relevance order the hits are <paramref name="query"/>'s, best first; by date they are the match
    /// set's (<paramref name="matching"/>, or <paramref name="query"/>'s when <c>null</c>). Totals and facets are always
    /// the match set's.</summary>
    public RankedPage Page(IndexSearcher searcher, Query query, Query? matching, Filter? filter, SearchRequest request, TopHitRescoring? rescoring = null)
    {
        rescoring = request.Sort == SearchSort.Relevance ? rescoring : null;
        if (request.Sort == SearchSort.Date && matching is not null)
        {
            (query, matching) = (matching, null);
        }

        if ((long)(request.Page - 1) * request.PageSize >= searcher.IndexReader.MaxDoc)
        {
            // Past any possible hit (and past int overflow): the count and facets, no page.
            var all = AllHits(searcher, matching ?? query, null, filter, request with { Page = 1, PageSize = 1 }, rescoring: null);
            return all with { Docs = [] };
        }

        return request.Facets || request.CollapseDuplicates || request.Sort == SearchSort.Date
            ? AllHits(searcher, query, matching, filter, request, rescoring)
            : TopHits(searcher, query, matching, filter, request, rescoring);
    }

    private RankedPage AllHits(IndexSearcher searcher, Query query, Query? matching, Filter? filter, SearchRequest request, TopHitRescoring? rescoring)
    {
        var reader = searcher.IndexReader;
        var search = $"all\u001F{query}\u001F{filter}\u001F{request.Sort}\u001F{request.PageSize}\u001F{request.CollapseDuplicates}";
        var after = request.Page > 1 ? _cursors.Find<HitCursor>(reader, search, request.Page - 1) : null;
        var facets = request.Facets ? new FacetCounter() : null;
        using var hits = new AllHitsCollector(facets, matching is null ? null : MatchMembers.Of(searcher, matching, filter));
        searcher.Search(query, filter, hits);
        if (rescoring is not null)
        {
            hits.AddBonuses(rescoring.Bonuses(hits.Best(rescoring.Depth)));
        }

        var clusters = request.CollapseDuplicates ? DuplicateClusters.For(reader) : null;
        var skip = (request.Page - 1) * request.PageSize;
        var (page, total) = PageSelector.Select(hits, request.Sort, clusters, skip, request.PageSize, after);
        if (page.Count == request.PageSize)
        {
            _cursors.Remember(reader, search, request.Page, new HitCursor(page[^1].Score, page[^1].Day, page[^1].Doc));
        }

        return new RankedPage(page, total, hits.MemberCount, facets?.Build() ?? SearchFacets.None);
    }

    private RankedPage TopHits(IndexSearcher searcher, Query query, Query? matching, Filter? filter, SearchRequest request, TopHitRescoring? rescoring)
    {
        var page = TopHits(searcher, query, filter, request, rescoring);
        if (matching is null)
        {
            return page;
        }

        var count = new TotalHitCountCollector();
        searcher.Search(MatchingPart.Of(matching), filter, count);
        return page with { Total = count.TotalHits, Articles = count.TotalHits };
    }

    private RankedPage TopHits(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, TopHitRescoring? rescoring)
    {
        var reader = searcher.IndexReader;
        var search = $"{query}\u001F{filter}\u001F{request.PageSize}";
        var skip = (request.Page - 1) * request.PageSize;
        if (rescoring is not null && skip < rescoring.Depth)
        {
            return RescoredTopHits(searcher, query, filter, request, rescoring, search);
        }

        var after = request.Page > 1 ? _cursors.Find<ScoreDoc>(reader, search, request.Page - 1) : null;
        TopDocs top;
        int first;
        if (after is not null)
        {
            top = searcher.SearchAfter(after, query, filter, request.PageSize);
            first = 0;
        }
        else
        {
            top = searcher.Search(query, filter, skip + request.PageSize);
            first = skip;
        }

        var page = new List<RankedDoc>();
        for (var i = first; i < top.ScoreDocs.Length; i++)
        {
            var hit = top.ScoreDocs[i];
            page.Add(new RankedDoc(hit.Doc, float.IsNaN(hit.Score) ? 0 : hit.Score, skip + (i - first) + 1, 0));
        }

        if (page.Count == request.PageSize)
        {
            _cursors.Remember(reader, search, request.Page, top.ScoreDocs[^1]);
        }

        return new RankedPage(page, top.TotalHits, top.TotalHits, SearchFacets.None);
    }

    /// <summary>A page starting inside the rescored hits: the first hits reordered by their bonuses, the rest in
    /// their own order. The page's end is remembered for the next page only past the rescored hits, where scores are
    /// the query's own again.</summary>
    private RankedPage RescoredTopHits(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request, TopHitRescoring rescoring, string search)
    {
        var skip = (request.Page - 1) * request.PageSize;
        var end = skip + request.PageSize;
        var top = searcher.Search(query, filter, Math.Max(end, rescoring.Depth));
        var head = top.ScoreDocs.Take(rescoring.Depth).Select(h => (h.Doc, Score: float.IsNaN(h.Score) ? 0 : h.Score)).ToList();
        var bonuses = rescoring.Bonuses(head);
        var ranked = head
            .Select(h => (h.Doc, Score: h.Score + bonuses.GetValueOrDefault(h.Doc)))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc)
            .Concat(top.ScoreDocs.Skip(rescoring.Depth).Select(h => (h.Doc, Score: float.IsNaN(h.Score) ? 0 : h.Score)))
            .ToList();
        var page = new List<RankedDoc>();
        for (var i = skip; i < Math.Min(end, ranked.Count); i++)
        {
            page.Add(new RankedDoc(ranked[i].Doc, ranked[i].Score, i + 1, 0));
        }

        if (page.Count == request.PageSize && end > rescoring.Depth)
        {
            _cursors.Remember(searcher.IndexReader, search, request.Page, top.ScoreDocs[end - 1]);
        }

        return new RankedPage(page, top.TotalHits, top.TotalHits, SearchFacets.None);
    }
}
