using System.Reflection;

namespace NewsSearch.Analysis;

/// <summary>Groups of words and phrases that mean the same in news text (an acronym and its expansion):
/// read from a plain text file, one group per line, members separated by commas, <c>#</c> comments.
/// Members are kept as written; <see cref="Search.Expansion.SynonymExpander"/> normalises them through the analyzer.</summary>
public sealed class SynonymList
{
    /// <summary>The name of the shipped list, beside the program and embedded in the library.</summary>
    public const string ShippedFileName = "synonyms-fr.txt";

    private SynonymList(IReadOnlyList<IReadOnlyList<string>> groups) => Groups = groups;

    /// <summary>An empty list: no synonyms.</summary>
    public static SynonymList None { get; } = new([]);

    /// <summary>Each group's members as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Parses the list format; a line with fewer than two members is ignored.</summary>
    public static SynonymList Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var members = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (members.Length >= 2)
            {
                groups.Add(members);
            }
        }

        return new SynonymList(groups);
    }

    /// <summary>Reads a list file.</summary>
    public static SynonymList Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>The shipped list: the editable copy beside the program when there is one, else the copy built into the library.</summary>
    public static SynonymList Shipped()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, ShippedFileName);
        if (File.Exists(beside))
        {
            return Load(beside);
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ShippedFileName)
            ?? throw new InvalidOperationException("The built-in synonym list is missing from the library.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
