using Lucene.Net.Search;
using NewsSearch.Search.Collapsing;
using NewsSearch.Search.Facets;

namespace NewsSearch.Search.Paging;

/// <summary>Runs a query and returns one page: by relevance without facets or collapsing, with Lucene's top-hits
/// collector (and <c>SearchAfter</c> for the page after one already served); otherwise in one pass over all hits
/// (keeping only the hits after the previous page's end when that page was served). Sorting by date always takes
/// the pass over all hits: Lucene's sorting collector reads each hit's date from the doc-values file, ten times
/// slower on broad queries than the per-segment arrays of the pass.</summary>
internal sealed class Pagers
{
    private readonly PageCursors _cursors = new();

    public RankedPage Page(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request)
    {
        if ((long)(request.Page - 1) * request.PageSize >= searcher.IndexReader.MaxDoc)
        {
            // Past any possible hit (and past int overflow): the count and facets, no page.
            var all = AllHits(searcher, query, filter, request with { Page = 1, PageSize = 1 });
            return all with { Docs = [] };
        }

        return request.Facets || request.CollapseDuplicates || request.Sort == SearchSort.Date
            ? AllHits(searcher, query, filter, request)
            : TopHits(searcher, query, filter, request);
    }

    private RankedPage AllHits(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request)
    {
        var reader = searcher.IndexReader;
        var search = $"all\u001F{query}\u001F{filter}\u001F{request.Sort}\u001F{request.PageSize}\u001F{request.CollapseDuplicates}";
        var after = request.Page > 1 ? _cursors.Find<HitCursor>(reader, search, request.Page - 1) : null;
        var facets = request.Facets ? new FacetCounter() : null;
        var hits = new AllHitsCollector(facets);
        searcher.Search(query, filter, hits);
        var clusters = request.CollapseDuplicates ? DuplicateClusters.For(reader) : null;
        var skip = (request.Page - 1) * request.PageSize;
        var (page, total) = PageSelector.Select(hits, request.Sort, clusters, skip, request.PageSize, after);
        if (page.Count == request.PageSize)
        {
            _cursors.Remember(reader, search, request.Page, new HitCursor(page[^1].Score, page[^1].Day, page[^1].Doc));
        }

        return new RankedPage(page, total, hits.Count, facets?.Build() ?? SearchFacets.None);
    }

    private RankedPage TopHits(IndexSearcher searcher, Query query, Filter? filter, SearchRequest request)
    {
        var reader = searcher.IndexReader;
        var search = $"{query}\u001F{filter}\u001F{request.PageSize}";
        var skip = (request.Page - 1) * request.PageSize;
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
}
