using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsSearch.IntegrationTests;

/// <summary>A running <c>newssearch console</c> the test talks to line by line (or key by key through a
/// pseudo-terminal), waiting for what it prints rather than for time to pass.</summary>
public sealed class ConsoleProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _printed = new(0);
    private readonly Task _reading;

    private ConsoleProcess(ProcessStartInfo info)
    {
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.FileName);
        _reading = Task.WhenAll(Task.Run(() => Read(_process.StandardOutput)), Task.Run(() => Read(_process.StandardError)));
    }

    /// <summary>What the program printed so far, stdout and stderr interleaved as a terminal shows them.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }


    /// <summary>The console with stdin and stdout redirected.</summary>
    public static ConsoleProcess Piped(string workingDirectory, params string[] args)
    {
        var info = Info("dotnet", workingDirectory);
        foreach (var arg in new[] { "exec", Cli.ProgramPath, "console" }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        return new ConsoleProcess(info);
    }

    /// <summary>The console inside a pseudo-terminal made by util-linux <c>script</c> (installed first when missing).</summary>
    public static ConsoleProcess InTerminal(string workingDirectory, IDictionary<string, string> environment)
    {
        var info = Info(TestMachine.Script, workingDirectory);
        info.ArgumentList.Add("-qfec");
        info.ArgumentList.Add($"exec dotnet exec '{Cli.ProgramPath}' console");
        info.ArgumentList.Add("/dev/null");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return new ConsoleProcess(info);
    }

    public void Send(string text)
    {
        _process.StandardInput.Write(text);
        _process.StandardInput.Flush();
    }

    public void SendBytes(byte[] bytes)
    {
        _process.StandardInput.BaseStream.Write(bytes);
        _process.StandardInput.BaseStream.Flush();
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Waits until the output after position <paramref name="from"/> contains <paramref name="text"/>;
    /// returns the position just after it. Fails (with what was printed) if the program ends or stalls first.</summary>
    public async Task<int> WaitForAsync(string text, int from = 0)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var output = Output;
            var at = output.IndexOf(text, Math.Min(from, output.Length), StringComparison.Ordinal);
            if (at >= 0)
            {
                return at + text.Length;
            }

            if (_reading.IsCompleted || DateTime.UtcNow > deadline)
            {
                Assert.Fail($"never printed {text}; printed:\n{output}");
            }

            await _printed.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        return _process.ExitCode;
    }

    /// <summary>Sends SIGINT, as Ctrl+C at a terminal does.</summary>
    public void Interrupt() => Assert.Equal(0, Kill(_process.Id, 2));

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static ProcessStartInfo Info(string program, string workingDirectory)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        info.Environment.Remove("NEWSSEARCH_INDEX");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    private async Task Read(StreamReader stream)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            lock (_output)
            {
                _output.Append(buffer, 0, read);
            }

            _printed.Release();
        }

        _printed.Release();
    }
}
