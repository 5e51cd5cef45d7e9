namespace NewsSearch.Core.Tests.Search;

public sealed class ConcurrentSearchTests
{
    [Fact]
    public async Task Many_searches_run_at_once_while_an_indexing_run_adds_documents()
    {
        using var temp = new TempIndex();
        using var engine = temp.Open();
        engine.IndexFiles([Some.SeedPath]);
        var more = Enumerable.Range(0, 3000)
            .Select(i => Some.Article($"n{i}", $"Dépêche {i}", $"Le marché numéro {i} ouvre ses portes à Rabat."))
            .ToList();

        using var stop = new CancellationTokenSource();
        var failures = 0;
        var searches = 0;
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var results = engine.Search("IA responsable");
                if (results.Hits.Count == 0 || results.Hits[0].Id != Some.SeedId)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref searches);
            }
        })).ToList();

        var summary = await Task.Run(() => engine.IndexArticles(more));
        while (Volatile.Read(ref searches) < 50)
        {
            await Task.Yield();
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.Equal(3000, summary.Added);
        Assert.Equal(0, failures);
        Assert.Equal(3001, engine.GetStatistics().Documents);
        Assert.Equal(3000, engine.Search("marché").Total);
    }
}
