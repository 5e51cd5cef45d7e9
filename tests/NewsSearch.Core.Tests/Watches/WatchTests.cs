using NewsSearch.Articles;
using NewsSearch.Watches;

namespace NewsSearch.Core.Tests.Watches;

public sealed class WatchTests : IDisposable
{
    private readonly TempIndex _folder = new();
    private readonly NewsSearchEngine _engine;

    public WatchTests()
    {
        _engine = _folder.OpenDeterministic();
        _engine.IndexArticles([Ia("old-1"), Ia("old-2"), Other("old-3")]);
    }

    [Fact]
    public void A_watch_lists_the_matching_articles_indexed_since_its_last_run_newest_first_then_nothing()
    {
        _engine.Watches.Add("ia", "IA");

        var first = _engine.Watches.Run();
        _engine.IndexArticles([Ia("new-1"), Ia("new-2"), Other("new-other")]);
        _engine.IndexArticles([Ia("new-3")]);
        var second = _engine.Watches.Run();
        var third = _engine.Watches.Run("ia");

        Assert.Empty(Assert.Single(first).New);
        var report = Assert.Single(second);
        Assert.Equal("ia", report.Watch.Name);
        Assert.Equal(["new-3", "new-1", "new-2"], report.New.Select(h => h.Id));
        Assert.Equal([1, 2, 3], report.New.Select(h => h.Rank));
        Assert.Contains("<mark>", report.New[0].Snippet, StringComparison.Ordinal);
        Assert.NotNull(report.Watch.LastRunAt);
        Assert.Empty(Assert.Single(third).New);
    }

    [Fact]
    public void A_story_published_long_ago_shows_up_once_when_it_reaches_the_index()
    {
        _engine.Watches.Add("ia", "IA");

        _engine.IndexArticles([Ia("archive") with { Published = new DateOnly(2011, 2, 17) }]);

        Assert.Equal("archive", Assert.Single(Assert.Single(_engine.Watches.Run()).New).Id);
        Assert.Empty(Assert.Single(_engine.Watches.Run()).New);
    }

    [Fact]
    public void An_edited_article_is_not_news_again()
    {
        _engine.Watches.Add("ia", "IA");

        _engine.IndexArticles([Ia("old-1") with { Title = "IA : correction du titre" }]);

        Assert.Empty(Assert.Single(_engine.Watches.Run()).New);
    }

    [Fact]
    public void A_run_that_stops_before_marking_its_articles_seen_reports_them_again()
    {
        _engine.Watches.Add("ia", "IA");
        _engine.IndexArticles([Ia("new-1")]);

        using (var run = _engine.Watches.Start())
        {
            Assert.Single(run.Reports[0].New);
        }

        Assert.Single(Assert.Single(_engine.Watches.Run()).New);
    }

    [Fact]
    public async Task Two_runs_at_once_take_turns_and_never_report_an_article_twice()
    {
        _engine.Watches.Add("ia", "IA");
        _engine.IndexArticles([Ia("new-1"), Ia("new-2"), Ia("new-3")]);
        using var other = NewsSearchEngine.Open(_engine.IndexPath);

        var runs = await Task.WhenAll(Task.Run(() => _engine.Watches.Run()), Task.Run(() => other.Watches.Run()));

        var reported = runs.SelectMany(r => r).SelectMany(r => r.New).Select(h => h.Id).ToList();
        Assert.Equal(["new-1", "new-2", "new-3"], reported.Order());
    }

    [Fact]
    public void Filters_apply_and_each_watch_keeps_its_own_progress()
    {
        _engine.Watches.Add("ia-matin", "IA", sources: ["le matin"]);
        _engine.Watches.Add("tout", "IA");
        _engine.IndexArticles([Ia("matin"), Ia("opinion") with { Source = "L'Opinion" }]);

        var reports = _engine.Watches.Run("ia-matin");
        var all = _engine.Watches.Run();

        Assert.Equal(["matin"], Assert.Single(reports).New.Select(h => h.Id));
        Assert.Equal(["ia-matin", "tout"], all.Select(r => r.Watch.Name));
        Assert.Empty(all[0].New);
        Assert.Equal(2, all[1].New.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("../ia")]
    [InlineData("été")]
    [InlineData("x1234567890123456789012345678901234567890123456789012345678901234")]
    public void Bad_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => _engine.Watches.Add(name, "IA"));
        Assert.False(File.Exists(_engine.Watches.FilePath));
    }

    [Fact]
    public void Names_are_unique_queries_required_and_unknown_names_said_so()
    {
        _engine.Watches.Add("ia_2-x", "IA");

        Assert.Throws<ArgumentException>(() => _engine.Watches.Add("ia_2-x", "autre"));
        Assert.Throws<ArgumentException>(() => _engine.Watches.Add("vide", "  "));
        Assert.Throws<ArgumentException>(() => _engine.Watches.Add("dates", "IA", from: new DateOnly(2022, 1, 1), to: new DateOnly(2021, 1, 1)));
        Assert.Throws<ArgumentException>(() => _engine.Watches.Run("inconnue"));
        Assert.False(_engine.Watches.Remove("inconnue"));
        Assert.True(_engine.Watches.Remove("ia_2-x"));
        Assert.Empty(_engine.Watches.List());
    }

    [Fact]
    public void An_unreadable_watches_file_is_reported_and_left_as_it_is()
    {
        File.WriteAllText(_engine.Watches.FilePath, "{ not json");

        var error = Assert.Throws<IOException>(() => _engine.Watches.Add("ia", "IA"));

        Assert.Contains("watches.json", error.Message, StringComparison.Ordinal);
        Assert.Equal("{ not json", File.ReadAllText(_engine.Watches.FilePath));
    }

    [Fact]
    public void The_newest_matches_are_listed_by_indexing_time_whether_seen_or_not()
    {
        _engine.Watches.Add("ia", "IA");
        _engine.IndexArticles([Ia("new-1") with { Published = new DateOnly(2015, 1, 1) }]);
        _engine.Watches.Run();

        var newest = _engine.Watches.Newest("ia", 2);

        Assert.Equal(2, newest.Count);
        Assert.Equal("new-1", newest[0].Hit.Id);
        Assert.StartsWith("old-", newest[1].Hit.Id, StringComparison.Ordinal);
        Assert.True(newest[0].IndexedAt > newest[1].IndexedAt);
        Assert.InRange(newest[0].IndexedAt!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }

    private static NewsArticle Ia(string id) => Some.Article(id, $"L'IA au service de {id}", $"L'intelligence artificielle (IA) arrive dans {id}.");

    private static NewsArticle Other(string id) => Some.Article(id, $"Le marché de {id}", $"Les prix du marché {id} montent.");
}
