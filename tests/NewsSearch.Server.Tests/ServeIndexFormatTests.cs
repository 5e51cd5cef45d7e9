using System.Text.Json;
using NewsSearch.Core.Tests;
using NewsSearch.IntegrationTests;
using NewsSearchProgram = NewsSearch.IntegrationTests.Cli;

namespace NewsSearch.Server.Tests;

public sealed class ServeIndexFormatTests
{
    [Fact]
    public async Task Serve_over_an_index_of_another_format_answers_reports_the_format_and_warns_once_at_start()
    {
        using var folder = new TempFolder(withSeeds: true);
        var index = Path.Combine(folder.Path, "index");
        Assert.Equal(0, (await NewsSearchProgram.RunAsync(folder.Path, "index", "--index", index)).ExitCode);
        OlderIndex.Rewrite(index, "0");
        await using var server = await ServeProcess.StartAsync(folder.Path, "--index", index);

        using var response = await server.Client.GetAsync(new Uri("/api/search?q=IA%20responsable", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var statsResponse = await server.Client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        var stats = JsonDocument.Parse(await statsResponse.Content.ReadAsStringAsync()).RootElement;
        var exitCode = await server.TerminateAsync();

        Assert.Equal(RunningServer.SeedId, json.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(0, stats.GetProperty("formatVersion").GetInt32());
        Assert.False(stats.GetProperty("formatCurrent").GetBoolean());
        Assert.Equal(0, exitCode);
        Assert.Equal(2, server.Stderr.Split("was built by another version of NewsSearch (index format 0").Length);
        Assert.Contains("run 'newssearch reindex' to refresh it", server.Stderr, StringComparison.Ordinal);
    }
}
