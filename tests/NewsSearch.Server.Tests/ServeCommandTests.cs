using System.Net.Sockets;
using System.Text.Json;
using NewsSearch.IntegrationTests;
using NewsSearchProgram = NewsSearch.IntegrationTests.Cli;

namespace NewsSearch.Server.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_on_an_empty_index_indexes_the_seeds_answers_logs_each_request_and_stops_cleanly_on_sigterm()
    {
        using var folder = new TempFolder(withSeeds: true);
        await using var server = await ServeProcess.StartAsync(folder.Path);

        var json = await GetJson(server.Client, "/api/search?q=IA%20responsable");
        using var missing = await server.Client.GetAsync(new Uri("/api/search", UriKind.Relative));
        var exitCode = await server.TerminateAsync();

        Assert.Equal(RunningServer.SeedId, json.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(400, (int)missing.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Contains("indexing ./seeds first", server.Stderr, StringComparison.Ordinal);
        Assert.Contains("HTTP GET /api/search responded 200 in", server.Stderr, StringComparison.Ordinal);
        Assert.Contains("HTTP GET /api/search responded 400 in", server.Stderr, StringComparison.Ordinal);
        Assert.Contains("Application is shutting down", server.Stderr, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "index-data")));
    }

    [Fact]
    public async Task Serve_sees_articles_indexed_and_rebuilt_by_the_cli_without_a_restart()
    {
        using var folder = new TempFolder(withSeeds: true);
        var index = Path.Combine(folder.Path, "index");
        Assert.Equal(0, (await NewsSearchProgram.RunAsync(folder.Path, "index", "--index", index)).ExitCode);
        await using var server = await ServeProcess.StartAsync(folder.Path, "--index", index);
        Assert.Equal(0, await Total(server.Client, "zanzibar"));

        folder.File("more/zanzibar.jsonl", """{"id":"z1","title":"Escale à Zanzibar","body":"Le port de Zanzibar accueille un festival.","source":"Le Petit Quotidien","published":"2024-02-01"}""" + "\n");
        Assert.Equal(0, (await NewsSearchProgram.RunAsync(folder.Path, "index", "--index", index, "--source", "seeds", "--source", "more")).ExitCode);
        await WaitUntil(async () => await Total(server.Client, "zanzibar") == 1);

        Assert.Equal(0, (await NewsSearchProgram.RunAsync(folder.Path, "reindex", "--index", index, "--source", "more")).ExitCode);
        await WaitUntil(async () => await Total(server.Client, "IA responsable") == 0);

        Assert.Equal(1, await Total(server.Client, "zanzibar"));
    }

    [Fact]
    public async Task Serve_beyond_this_machine_only_when_asked_and_then_with_a_warning()
    {
        using var folder = new TempFolder(withSeeds: true);
        await using var server = await ServeProcess.StartAsync(folder.Path, "--urls", "http://0.0.0.0:0");

        var exitCode = await server.TerminateAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("warning: listening beyond this machine", server.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServerOptions.DefaultUrls, true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081", false)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    public void Only_loopback_addresses_count_as_this_machine_only(string urls, bool loopback) =>
        Assert.Equal(loopback, NewsSearchServer.IsLoopbackOnly(urls.Split(';')));

    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("localhost")]
    [InlineData("http://127.0.0.1:5080/api")]
    public async Task Serve_with_a_bad_address_exits_2_with_one_sentence(string urls)
    {
        using var folder = new TempFolder(withSeeds: true);

        var result = await NewsSearchProgram.RunAsync(folder.Path, "serve", "--urls", urls);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --urls takes http addresses", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_already_in_use_exits_1_with_one_sentence()
    {
        using var folder = new TempFolder(withSeeds: true);
        using var taken = new TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = await NewsSearchProgram.RunAsync(folder.Path, "serve", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<int> Total(HttpClient client, string query) =>
        (await GetJson(client, "/api/search?q=" + Uri.EscapeDataString(query))).GetProperty("total").GetInt32();

    /// <summary>The engine looks for a newer commit at most once a second: poll for the condition, with a generous deadline.</summary>
    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(100, deadline.Token);
        }
    }
}
