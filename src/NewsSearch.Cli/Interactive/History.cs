namespace NewsSearch.Cli.Interactive;

/// <summary>The lines typed at the prompt, oldest first, kept in a file across sessions
/// (<c>$NEWSSEARCH_HISTORY</c>, else <c>newssearch/history</c> in the user's local data folder).
/// A history that cannot be read or written is said once and the session goes on without saving.</summary>
internal sealed class History
{
    public const string FileVariable = "NEWSSEARCH_HISTORY";
    public const int MaxEntries = 1_000;

    private readonly List<string> _entries = [];
    private readonly Action<string> _warn;
    private string? _path;

    public History(string? path, Action<string> warn)
    {
        _path = path;
        _warn = warn;
        if (path is not null && File.Exists(path))
        {
            Guard(() =>
            {
                var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
                _entries.AddRange(lines.Skip(Math.Max(0, lines.Count - MaxEntries)));
                if (lines.Count > 2 * MaxEntries)
                {
                    // Keep the file from growing without end: rewrite it with what is kept.
                    File.WriteAllLines(path, _entries);
                }
            });
        }
    }

    public IReadOnlyList<string> Entries => _entries;

    public static string DefaultPath() =>
        Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "newssearch", "history");

    /// <summary>Remembers a line (not blank ones, nor the same line twice in a row) and appends it to the file.</summary>
    public void Add(string line)
    {
        line = line.Trim();
        if (line.Length == 0 || (_entries.Count > 0 && _entries[^1] == line))
        {
            return;
        }

        _entries.Add(line);
        if (_entries.Count > MaxEntries)
        {
            _entries.RemoveAt(0);
        }

        if (_path is { } path)
        {
            Guard(() =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.AppendAllLines(path, [line]);
            });
        }
    }

    private void Guard(Action io)
    {
        try
        {
            io();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _warn($"history file {_path} cannot be used ({e.Message}); this session's history will not be saved.");
            _path = null;
        }
    }
}
