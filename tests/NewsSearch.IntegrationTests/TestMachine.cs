using System.Diagnostics;

namespace NewsSearch.IntegrationTests;

/// <summary>The programs a few tests need beyond the .NET SDK: Debian's chromium (the search page's browser) and
/// util-linux <c>script</c> (the console's pseudo-terminal). When one is missing, the first test to ask runs
/// <c>tests/install-test-dependencies.sh</c> once for the whole process, so that <c>dotnet test</c> passes on a machine
/// that has only the SDK; a test whose program is still missing then fails with the script's output, never skips.</summary>
public static class TestMachine
{
    private static readonly Lazy<string> Installation = new(Install);

    public static string Chromium => Require("/usr/bin/chromium");

    public static string Script => Require("/usr/bin/script");

    public static string InstallerPath => Path.Combine(TempFolder.RepoRoot, "tests", "install-test-dependencies.sh");

    private static string Require(string program)
    {
        if (!File.Exists(program))
        {
            var output = Installation.Value;
            Assert.True(File.Exists(program), $"{program} is missing and {InstallerPath} did not install it:\n{output}");
        }

        return program;
    }

    /// <summary>Runs the installer and returns what it printed (apt's output included) with its exit code.</summary>
    private static string Install()
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(InstallerPath);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + InstallerPath);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // apt-get over a slow mirror: generous, but a hung installer still ends the test.
        if (!process.WaitForExit(TimeSpan.FromMinutes(20)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return $"stopped after 20 minutes\n{stdout.Result}{stderr.Result}";
        }

        return $"exit code {process.ExitCode}\n{stdout.Result}{stderr.Result}";
    }
}
