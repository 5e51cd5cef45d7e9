using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class BackgroundRefreshTests
{
    [Fact]
    public void A_commit_by_another_writer_becomes_searchable_without_a_search_reopening_the_index()
    {
        using var folder = new TempIndex();
        var path = Path.Combine(folder.Path, "index");
        using var searching = NewsSearchEngine.Open(path, new NewsSearchOptions { RefreshInterval = TimeSpan.FromMilliseconds(20) });
        Assert.Equal(0, searching.Search("sécheresse").Total);

        using (var writing = NewsSearchEngine.Open(path))
        {
            writing.IndexArticles(Wire.All());
        }

        // Only the background refresh can show the new articles: searches with a refresh interval never reopen the index.
        Assert.True(SpinWait.SpinUntil(() => searching.GetArticle("wire-1") is not null, TimeSpan.FromSeconds(30)));
        var results = searching.Search(new SearchRequest { Query = "sécheresse Souss" });
        Assert.Equal(2, Assert.Single(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal)).Copies);
    }

    [Fact]
    public void Disposing_an_engine_while_it_refreshes_in_the_background_is_safe()
    {
        using var folder = new TempIndex();
        var path = Path.Combine(folder.Path, "index");
        using var writing = NewsSearchEngine.Open(path);
        for (var i = 0; i < 10; i++)
        {
            var searching = NewsSearchEngine.Open(path, new NewsSearchOptions { RefreshInterval = TimeSpan.FromMilliseconds(1) });
            writing.IndexArticles([Some.Article($"a{i}", "Titre", $"Corps de l'article {i}.")]);
            searching.Dispose();
        }

        Assert.Equal(10, writing.GetStatistics().Documents);
    }
}
