using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Indexing;

namespace NewsSearch.Benchmarks.Drills;

/// <summary>What the crash drills ask of an index folder after a kill: does it open, does Lucene's CheckIndex find it
/// clean, and which ids does its latest commit hold.</summary>
internal static class IndexCheck
{
    /// <summary><c>check DIR</c>: prints <c>clean documents=N</c> (exit 0) or what CheckIndex found (exit 1).</summary>
    public static int Check(string[] args)
    {
        using var directory = FSDirectory.Open(args[0]);
        if (!DirectoryReader.IndexExists(directory))
        {
            Console.WriteLine("no-index");
            return 1;
        }

        using (var reader = DirectoryReader.Open(directory))
        {
            // Opening as a searcher would is the first check; CheckIndex then reads every segment whole.
            _ = reader.NumDocs;
        }

        var status = new CheckIndex(directory).DoCheckIndex();
        using var opened = DirectoryReader.Open(directory);
        Console.WriteLine(status.Clean ? $"clean documents={opened.NumDocs}" : $"problems segments-broken={status.NumBadSegments} missing={status.MissingSegments}");
        return status.Clean ? 0 : 1;
    }

    /// <summary><c>ids DIR FILE</c>: writes the ids of the latest commit, one a line, sorted.</summary>
    public static int Ids(string[] args)
    {
        var ids = Documents(args[0], [FieldNames.Id]).Select(d => d.Get(FieldNames.Id) ?? "").ToList();
        ids.Sort(StringComparer.Ordinal);
        File.WriteAllLines(args[1], ids);
        Console.WriteLine($"ids={ids.Count}");
        return 0;
    }

    /// <summary><c>dump DIR FILE</c>: writes the stored fields of every document as JSON Lines.</summary>
    public static int Dump(string[] args)
    {
        using var writer = new StreamWriter(args[1]);
        string[] fields = [FieldNames.Id, FieldNames.Title, FieldNames.Body, FieldNames.Source, FieldNames.Published, FieldNames.Url, FieldNames.Lang];
        foreach (var document in Documents(args[0], fields))
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(fields.ToDictionary(f => f, document.Get)));
        }

        return 0;
    }

    private static IEnumerable<Lucene.Net.Documents.Document> Documents(string path, IEnumerable<string> names)
    {
        using var directory = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            yield break;
        }

        using var reader = DirectoryReader.Open(directory);
        var fields = new HashSet<string>(names);
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    yield return leaf.AtomicReader.Document(doc, fields);
                }
            }
        }
    }
}
