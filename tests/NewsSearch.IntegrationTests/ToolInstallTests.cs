using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace NewsSearch.IntegrationTests;

/// <summary>The README's install: <c>dotnet pack</c> makes the <c>newssearch</c> tool package, <c>dotnet tool install</c>
/// puts it in a tool path, and the installed command indexes and searches from a folder of its own.</summary>
public sealed class ToolInstallTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_packed_tool_installs_ready_to_run_into_a_tool_path_and_searches_an_index_it_built()
    {
        var packages = Path.Combine(_folder.Path, "packages");
        var tools = Path.Combine(_folder.Path, "tools");
        // Restored by the test run's own restore (the tests reference the program), so packing reads no network, and
        // built in Release beside the tests' Debug build, so the two never write the same files.
        var pack = await RunAsync("dotnet", TempFolder.RepoRoot,
            "pack", "src/NewsSearch.Cli", "-c", "Release", "--no-restore", "--disable-build-servers", "-nologo", "-o", packages);
        Assert.True(pack.ExitCode == 0, pack.Output);
        // Only the packages just made: no other source may offer a package of that name.
        var sources = _folder.File("nuget.config",
            $"""<configuration><packageSources><clear /><add key="packed" value="{packages}" /></packageSources></configuration>""");
        var install = await RunAsync("dotnet", _folder.Path,
            "tool", "install", "newssearch", "--tool-path", tools, "--configfile", sources, "--version", NewsSearchEngine.Version);
        Assert.True(install.ExitCode == 0, install.Output);

        var newssearch = Path.Combine(tools, "newssearch");
        Assert.True(IsReadyToRun(newssearch), "the installed newssearch.dll is not ready-to-run: the package for this machine was not chosen");
        var work = Path.Combine(_folder.Path, "work");
        Directory.CreateDirectory(work);
        _folder.File("work/news.jsonl", JsonSerializer.Serialize(new
        {
            id = "ia-1", title = "Une instance nationale de l'intelligence artificielle", body = "Une intelligence artificielle responsable, dit le ministre.", source = "L'opinion", published = "2023-10-24",
        }));

        var version = await RunAsync(newssearch, work, "--version");
        var index = await RunAsync(newssearch, work, "index", "--source", "news.jsonl", "--index", "idx");
        var search = await RunAsync(newssearch, work, "search", "IA responsables", "--index", "idx", "--json");

        Assert.Equal(NewsSearchEngine.Version, version.Stdout.Trim());
        Assert.True(index.ExitCode == 0, index.Output);
        Assert.True(search.ExitCode == 0, search.Output);
        using var json = JsonDocument.Parse(search.Stdout);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("ia-1", hit.GetProperty("id").GetString());
        Assert.Contains("<mark>intelligence</mark> <mark>artificielle</mark> <mark>responsable</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Whether the program's assembly beside the installed command holds code compiled ahead of time.</summary>
    private static bool IsReadyToRun(string command)
    {
        var installed = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        using var stream = File.OpenRead(Path.Combine(Path.GetDirectoryName(installed)!, "newssearch.dll"));
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Output => $"exit code {ExitCode}\n{Stdout}\n{Stderr}";
    }

    private static async Task<Result> RunAsync(string program, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("NEWSSEARCH_INDEX");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + program);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
