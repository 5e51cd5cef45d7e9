using System.Reflection;
using System.Xml.Linq;
using NewsSearch.Indexing;

namespace NewsSearch.IntegrationTests;

/// <summary>One version, set once in Directory.Build.props, reported alike by the library, <c>--version</c> and <c>stats</c>.</summary>
public sealed class VersionCliTests
{
    private static string DeclaredVersion =>
        XDocument.Load(Path.Combine(TempFolder.RepoRoot, "Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void The_library_assembly_carries_the_declared_version()
    {
        var library = typeof(NewsSearchEngine).Assembly;

        Assert.Equal(DeclaredVersion, NewsSearchEngine.Version);
        Assert.Equal(DeclaredVersion, library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        Assert.Equal(new Version(DeclaredVersion + ".0"), library.GetName().Version);
        Assert.Equal(new Version(DeclaredVersion + ".0"), AssemblyName.GetAssemblyName(Cli.ProgramPath).Version);
    }

    [Fact]
    public async Task Version_prints_the_version_alone()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync(folder.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DeclaredVersion, result.Stdout.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Stats_prints_the_version_and_the_index_format_as_text_and_json()
    {
        using var folder = new TempFolder(withSeeds: true);
        Assert.Equal(0, (await Cli.RunAsync(folder.Path, "index")).ExitCode);

        var text = await Cli.RunAsync(folder.Path, "stats");
        var json = IngestionSupport.Json(await Cli.RunAsync(folder.Path, "stats", "--json"));

        Assert.Equal(0, text.ExitCode);
        Assert.Contains($"Version:   newssearch {DeclaredVersion}\n", text.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Format:    {IndexFormat.Current} (current)\n", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(DeclaredVersion, json.GetProperty("version").GetString());
        Assert.Equal(IndexFormat.Current, json.GetProperty("formatVersion").GetInt32());
    }
}
