using System.Collections.Concurrent;
using System.Text.Json;
using NewsSearch.Core.Tests.Fetching;
using NewsSearch.IntegrationTests;

namespace NewsSearch.Server.Tests;

public sealed class ServeFetchTests
{
    private static readonly string[] SeedQueries = ["IA responsable", "Mezzour", "corruption", "élevage", "Sahara"];

    [Fact]
    public async Task Serve_with_fetch_every_keeps_answering_four_searching_clients_during_a_round_and_then_finds_the_fetched_articles()
    {
        await using var site = await FixtureSite.StartAsync(hosts: 4);
        var outlets = new Outlets(site);
        // The round starts with the server; one feed is held until the clients have answered 40 searches, so the round
        // is surely running while they search: a search that waited for the round would never let the test release it.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        site.Set(0, "/rss.xml", site.Get(0, "/rss.xml") with { HoldUntil = release.Task });
        using var folder = new TempFolder(withSeeds: true);
        folder.File("sources.opml", outlets.Opml);
        await using var server = await ServeProcess.StartAsync(folder.Path, "--sources", "sources.opml", "--fetch-every", "1m", "--delay", "0.02");

        var errors = new ConcurrentQueue<string>();
        var results = new ConcurrentQueue<(string Query, bool Released, int Total)>();
        using var stop = new CancellationTokenSource();
        var queries = 0;
        var target = int.MaxValue;
        TaskCompletionSource? reached = null;
        Task AfterQueries(int count)
        {
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref reached, waiter);
            Volatile.Write(ref target, count);
            if (Volatile.Read(ref queries) >= count)
            {
                waiter.TrySetResult();
            }

            return waiter.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }

        var clients = Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            for (var i = c; !stop.IsCancellationRequested; i++)
            {
                var query = SeedQueries[i % SeedQueries.Length];
                var released = release.Task.IsCompleted;
                try
                {
                    using var response = await server.Client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        errors.Enqueue($"{query}: {(int)response.StatusCode}");
                        continue;
                    }

                    results.Enqueue((query, released, JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32()));
                }
                catch (HttpRequestException e)
                {
                    errors.Enqueue($"{query}: {e.Message}");
                }

                if (Interlocked.Increment(ref queries) >= Volatile.Read(ref target))
                {
                    Volatile.Read(ref reached)?.TrySetResult();
                }
            }
        })).ToList();

        await AfterQueries(40);
        release.SetResult();
        await server.WaitForStderrAsync("Fetch round:").WaitAsync(TimeSpan.FromMinutes(2));
        await AfterQueries(Volatile.Read(ref queries) + 40);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        Assert.Empty(errors);
        var matchedBefore = results.Where(r => !r.Released && r.Total > 0).Select(r => r.Query).ToHashSet();
        Assert.NotEmpty(matchedBefore);
        Assert.DoesNotContain(results, r => matchedBefore.Contains(r.Query) && r.Total == 0);
        foreach (var expected in outlets.Expected)
        {
            var json = JsonDocument.Parse(await server.Client.GetStringAsync(new Uri("/api/search?q=" + NewsSearch.Core.Tests.Fetching.Feeds.Place(expected.N), UriKind.Relative))).RootElement;
            Assert.Equal(expected.Url, Assert.Single(json.GetProperty("hits").EnumerateArray()).GetProperty("url").GetString());
        }

        Assert.Equal(0, await server.TerminateAsync());
    }
}
