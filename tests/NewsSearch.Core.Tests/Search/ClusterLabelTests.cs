using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Indexing;
using NewsSearch.Search;
using NewsSearch.Search.Collapsing;

namespace NewsSearch.Core.Tests.Search;

/// <summary>The story labels written at indexing (index format 3), which searchers read instead of clustering the
/// signatures of the whole index.</summary>
public sealed class ClusterLabelTests
{
    [Fact]
    public void Indexing_labels_the_copies_of_a_story_alike_and_leaves_other_articles_at_zero()
    {
        using var room = new Newsroom(Wire.All());

        var labels = StoredLabels.Of(room.Engine.IndexPath);

        Assert.NotEqual(0, labels["wire-1"]);
        Assert.Equal(labels["wire-1"], labels["wire-2"]);
        Assert.Equal(labels["wire-1"], labels["wire-3"]);
        Assert.Equal(0, labels["related"]);
        Assert.All(Wire.Others(), other => Assert.Equal(0, labels[other.Id]));
    }

    [Fact]
    public void A_copy_added_by_a_later_run_joins_the_story_and_its_label_is_kept()
    {
        using var room = new Newsroom([Wire.Original, Wire.Edited, Wire.Related]);
        var before = StoredLabels.Of(room.Engine.IndexPath)["wire-1"];

        room.Engine.IndexArticles([Wire.Trimmed]);

        var labels = StoredLabels.Of(room.Engine.IndexPath);
        Assert.Equal(before, labels["wire-1"]);
        Assert.Equal(before, labels["wire-3"]);
        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse Souss" });
        Assert.Equal(2, Assert.Single(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal)).Copies);
    }

    [Fact]
    public void A_new_copy_of_an_article_that_stood_alone_makes_a_story_of_two()
    {
        using var room = new Newsroom([Wire.Original, Wire.Related]);
        Assert.Equal(0, StoredLabels.Of(room.Engine.IndexPath)["wire-1"]);

        room.Engine.IndexArticles([Wire.Edited]);

        var labels = StoredLabels.Of(room.Engine.IndexPath);
        Assert.NotEqual(0, labels["wire-1"]);
        Assert.Equal(labels["wire-1"], labels["wire-2"]);
    }

    [Fact]
    public void A_searcher_reads_the_labels_and_an_index_of_the_previous_format_is_still_collapsed()
    {
        using var room = new Newsroom(Wire.All());
        using (var directory = FSDirectory.Open(room.Engine.IndexPath))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.True(ClusterLabels.Written(reader));
            var computed = DuplicateClusters.Compute(reader);
            var perHit = DuplicateClusters.For(reader); // reads the labels of the documents asked about
            DuplicateClusters.Warm(reader);
            var warmed = DuplicateClusters.For(reader); // from the per-segment arrays
            var docs = Enumerable.Range(0, reader.MaxDoc).ToList();
            Assert.Contains(computed, c => c >= 0);
            Assert.Equal(docs.Select(d => computed[d] >= 0), docs.Select(d => perHit.ClusterOf(d) >= 0));
            Assert.Equal(docs.Select(perHit.ClusterOf), docs.Select(warmed.ClusterOf));
            Assert.All(docs, a => Assert.All(docs, b => Assert.Equal(computed[a] >= 0 && computed[a] == computed[b], perHit.ClusterOf(a) >= 0 && perHit.ClusterOf(a) == perHit.ClusterOf(b))));
        }

        OlderIndex.Rewrite(room.Engine.IndexPath, "2");
        using var older = NewsSearchEngine.Open(room.Engine.IndexPath);

        var results = older.Search(new SearchRequest { Query = "sécheresse Souss" });

        Assert.Equal(2, Assert.Single(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal)).Copies);
    }

    [Fact]
    public async Task A_search_reading_the_values_of_its_hits_answers_as_one_over_warmed_segments()
    {
        using var room = new Newsroom([.. Wire.All(), .. Newsroom.StandardArticles()]);
        var requests = new[] { "sécheresse Souss", "marché", "sécheresse" }.Select(q => new SearchRequest { Query = q }).ToList();

        var perHit = requests.Select(room.Engine.Search).ToList();
        await room.Engine.WarmInBackground();
        var warmed = requests.Select(room.Engine.Search).ToList();

        Assert.Contains(perHit, r => r.Hits.Any(h => h.Copies > 0));
        Assert.Contains(perHit, r => r.Facets.Sources.Count > 1 && r.Facets.Months.Count > 1);
        Assert.Equal(perHit.Select(Summary), warmed.Select(Summary));
    }

    [Fact]
    public void A_search_reading_per_hit_a_segment_without_dates_or_outlets_counts_its_hits()
    {
        using var room = new Newsroom([Some.Article("bare-1", body: "Un marché sans date.", source: null) with { Published = null }, Some.Article("bare-2", body: "Un autre marché.", source: null) with { Published = null }]);

        var results = room.Engine.Search(new SearchRequest { Query = "marché" });

        Assert.Equal(2, results.Total);
        Assert.Empty(results.Facets.Sources);
        Assert.Empty(results.Facets.Years);
    }

    private static string Summary(SearchResults results) => string.Join(" | ",
        results.Total,
        results.Articles,
        string.Join(",", results.Hits.Select(h => $"{h.Id}+{h.Copies}")),
        string.Join(",", results.Facets.Sources.Select(f => $"{f.Value}:{f.Count}")),
        string.Join(",", results.Facets.Years.Select(f => $"{f.Value}:{f.Count}")),
        string.Join(",", results.Facets.Months.Select(f => $"{f.Value}:{f.Count}")));
}
