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
    public async Task Warming_an_engine_disposed_meanwhile_is_logged_and_leaves_nothing_broken()
    {
        using var folder = new TempIndex();
        var path = Path.Combine(folder.Path, "index");
        using (var writing = NewsSearchEngine.Open(path))
        {
            writing.IndexArticles(Wire.All());
        }

        var events = new List<Serilog.Events.LogEvent>();
        var log = new Serilog.LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(new ListSink(events)).CreateLogger();
        var engine = NewsSearchEngine.Open(path, new NewsSearchOptions { Logger = log });
        engine.Dispose();

        await engine.WarmInBackground(); // does not throw

        Assert.Contains(events, e => e.MessageTemplate.Text.StartsWith("Could not read the index", StringComparison.Ordinal));
        using var reopened = NewsSearchEngine.Open(path);
        await reopened.WarmInBackground();
        Assert.Equal(2, Assert.Single(reopened.Search(new SearchRequest { Query = "sécheresse Souss" }).Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal)).Copies);
    }

    private sealed class ListSink(List<Serilog.Events.LogEvent> events) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            lock (events)
            {
                events.Add(logEvent);
            }
        }
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
