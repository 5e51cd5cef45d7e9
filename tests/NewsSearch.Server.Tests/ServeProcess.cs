using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using NewsSearch.IntegrationTests;

namespace NewsSearch.Server.Tests;

/// <summary>The real <c>newssearch serve</c> running as a process on a free loopback port (port 0: the server picks it and says which).</summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task<string> _stdout;
    private readonly List<(string Text, TaskCompletionSource Seen)> _awaited = [];

    private ServeProcess(string workingDirectory, string[] args)
    {
        string[] urls = args.Contains("--urls") ? [] : ["--urls", "http://127.0.0.1:0"];
        _process = IntegrationTests.Cli.Start(workingDirectory, null, ["serve", .. urls, .. args]);
        _process.StandardInput.Close();
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _listening.TrySetException(new InvalidOperationException("newssearch serve exited before listening:\n" + Stderr));
                return;
            }

            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
                foreach (var (text, seen) in _awaited.Where(a => e.Data.Contains(a.Text, StringComparison.Ordinal)))
                {
                    seen.TrySetResult();
                }
            }

            if (ServingLine().Match(e.Data) is { Success: true } match)
            {
                _listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        _process.BeginErrorReadLine();
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Completes when the server writes a line holding <paramref name="text"/> on stderr (or has written one).</summary>
    public Task WaitForStderrAsync(string text)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_stderr)
        {
            if (_stderr.ToString().Contains(text, StringComparison.Ordinal))
            {
                seen.TrySetResult();
            }

            _awaited.Add((text, seen));
        }

        return seen.Task;
    }

    public static async Task<ServeProcess> StartAsync(string workingDirectory, params string[] args)
    {
        var server = new ServeProcess(workingDirectory, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var address = await server._listening.Task.WaitAsync(timeout.Token);
        server.Client = new HttpClient { BaseAddress = address };
        return server;
    }

    /// <summary>Sends SIGTERM (what a service manager sends to stop a service) and waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        Assert.Equal(0, Kill(_process.Id, Sigterm));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(timeout.Token);
        await _stdout;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private const int Sigterm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^Serving .* on (http://[^ ,]+)")]
    private static partial Regex ServingLine();
}
