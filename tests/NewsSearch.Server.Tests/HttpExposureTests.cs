using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Server.Tests;

/// <summary>What a hostile client can get from the server: nothing outside the index and the page, no body read on
/// a GET, no connection held by a slow client, and headers that keep browsers from sniffing or framing. (Drill 7 of
/// tests/drills tries more cases against the built program.)</summary>
public sealed partial class HttpExposureTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public Task InitializeAsync()
    {
        _server = RunningServer.Start(options: new ServerOptions { RequestHeadersTimeout = TimeSpan.FromSeconds(2) });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("GET / HTTP/1.1", 200)]
    [InlineData("GET /api/search?q=ia HTTP/1.1", 200)]
    [InlineData("GET /api/search HTTP/1.1", 400)]
    [InlineData("GET /api/articles/none HTTP/1.1", 404)]
    [InlineData("GET /nowhere HTTP/1.1", 404)]
    [InlineData("GET /health HTTP/1.1", 200)]
    [InlineData("GET /openapi/v1.json HTTP/1.1", 200)]
    [InlineData("POST /api/search?q=ia HTTP/1.1", 405)]
    public async Task Every_answer_says_nosniff_and_not_which_server_it_is(string requestLine, int status)
    {
        var answer = await Send($"{requestLine}\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

        Assert.Equal(status, Status(answer));
        Assert.Equal("nosniff", Header(answer, "X-Content-Type-Options"));
        Assert.Null(Header(answer, "Server"));
        Assert.Null(Header(answer, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_page_allows_only_its_own_scripts_and_styles()
    {
        var csp = Header(await Send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), "Content-Security-Policy")!;

        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET /api/search?q=ia HTTP/1.1\r\nContent-Length: 10485760", 413)]
    [InlineData("POST /api/search?q=ia HTTP/1.1\r\nContent-Length: 10485760", 413)]
    [InlineData("GET /api/search?q=ia HTTP/1.1\r\nContent-Length: 5", 400)]
    [InlineData("GET /api/search?q=ia HTTP/1.1\r\nTransfer-Encoding: chunked", 400)]
    [InlineData("GET /api/search?q=ia HTTP/1.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked", 400)]
    public async Task A_body_on_a_get_or_over_64_KB_is_refused_before_it_is_read(string head, int status)
    {
        // Only the head is sent: an answer at all proves the server did not wait for the body.
        var answer = await Send(head + "\r\nHost: localhost\r\n\r\n");

        Assert.Equal(status, Status(answer));
    }

    [Theory]
    [InlineData("/api/articles/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/%252e%252e%252fetc%252fpasswd")]
    [InlineData("/api/articles/..%5c..%5cetc%5cpasswd")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/app.js/../../../../etc/passwd")]
    [InlineData("/app.js%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/newssearch.dll")]
    [InlineData("/NewsSearch.Core.dll")]
    [InlineData("/appsettings.json")]
    [InlineData("/index.html")]
    [InlineData("/page/app.js")]
    [InlineData("/index/segments_1")]
    public async Task Paths_outside_the_api_and_the_page_read_nothing(string path)
    {
        var answer = await Send($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Contains(Status(answer), new[] { 400, 404 });
        Assert.DoesNotContain("root:x:0:0", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ", answer.Split("\r\n\r\n", 2)[1][..Math.Min(2, answer.Split("\r\n\r\n", 2)[1].Length)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    public async Task Methods_other_than_get_are_refused(string method)
    {
        foreach (var path in new[] { "/", "/api/search?q=ia", "/api/articles/x", "/app.js", "/health" })
        {
            Assert.Equal(405, Status(await Send($"{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")));
        }
    }

    [Fact]
    public async Task A_client_sending_its_headers_a_byte_at_a_time_is_cut_off()
    {
        using var slow = new TcpClient();
        await slow.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
        var stream = slow.GetStream();
        await stream.WriteAsync("GET /api/search?q=ia HTTP/1.1\r\nHost: localhost\r\nX-Slow: "u8.ToArray());
        var clock = Stopwatch.StartNew();
        var closed = false;
        while (!closed && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                await stream.WriteAsync("a"u8.ToArray());
                // Meanwhile the server answers others.
                Assert.Equal(200, Status(await Send("GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")));
                closed = slow.Client.Poll(200_000, SelectMode.SelectRead) && slow.Client.Available == 0;
            }
            catch (IOException)
            {
                closed = true;
            }
        }

        Assert.True(closed, "the slow client still held its connection after 60 s");
    }

    private async Task<string> Send(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var answer = new StringBuilder();
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.Append(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Reset after the answer (a body not read): what arrived is the answer.
        }

        return answer.ToString();
    }

    private static int Status(string answer) => StatusLine().Match(answer) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string? Header(string answer, string name) =>
        answer.Split("\r\n\r\n", 2)[0].Split("\r\n").Skip(1).Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => p[1].Trim()).FirstOrDefault();

    [GeneratedRegex(@"^HTTP/1\.[01] (\d{3})")]
    private static partial Regex StatusLine();
}
