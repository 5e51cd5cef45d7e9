using System.Text;
using NewsSearch.IntegrationTests;

namespace NewsSearch.Server.Tests;

public sealed class ExportEndpointTests
{
    [Theory]
    [InlineData("csv", "csv")]
    [InlineData("jsonl", "jsonl")]
    public async Task The_export_endpoint_streams_the_same_rows_as_the_command_with_a_file_name(string format, string extension)
    {
        await using var server = RunningServer.Start();

        using var response = await server.Client.GetAsync(new Uri($"/api/export?q=intelligence%20artificielle%20responsable&format={format}&source=Le%20Petit%20Quotidien&source=L'opinion", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var command = await IntegrationTests.Cli.RunAsync(Path.GetDirectoryName(server.Engine.IndexPath)!, "export", "intelligence artificielle responsable",
            "--format", format, "--source", "Le Petit Quotidien", "--source", "L'opinion", "--index", server.Engine.IndexPath);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(format == "csv" ? "text/csv" : "application/jsonl", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=newssearch-intelligence-artificielle-responsable.{extension}", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(0, command.ExitCode);
        Assert.Equal(command.Stdout, Encoding.UTF8.GetString(body));
        var lines = Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(format == "csv" ? 4 : 3, lines.Length);
    }

    [Fact]
    public async Task An_accented_query_gets_an_ascii_file_name_and_body_and_bom_are_honoured()
    {
        await using var server = RunningServer.Start();

        using var response = await server.Client.GetAsync(new Uri("/api/export?q=%C3%A9thique&body=true&bom=1", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("attachment; filename=newssearch-ethique.csv", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), body[..3]);
        Assert.StartsWith("id,title,source,published,url,score,snippet,body\r\n", Encoding.UTF8.GetString(body[3..]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/export?q=IA&format=xml", "format")]
    [InlineData("/api/export?q=IA&body=oui", "body")]
    [InlineData("/api/export?format=csv", "q")]
    [InlineData("/api/export?q=IA&from=2023-01-01&to=2022-01-01", "to")]
    public async Task Bad_parameters_get_a_problem_naming_them(string path, string parameter)
    {
        await using var server = RunningServer.Start();

        var (status, type, body) = await server.GetProblem(path);

        Assert.Equal((400, "application/problem+json"), (status, type));
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }
}
