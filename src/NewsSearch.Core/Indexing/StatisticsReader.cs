using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search;

namespace NewsSearch.Indexing;

/// <summary>Reads an index's statistics from the live documents (deleted ones never count).</summary>
internal static class StatisticsReader
{
    private static readonly ISet<string> SourceOnly = new HashSet<string>(StringComparer.Ordinal) { FieldNames.Source };

    public static IndexStatistics Read(SearcherLease lease, string path)
    {
        var reader = lease.Searcher.IndexReader;
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        int? min = null;
        int? max = null;
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var days = atomic.GetNumericDocValues(FieldNames.PublishedDay);
            var hasDay = atomic.GetDocsWithField(FieldNames.PublishedDay);
            // The outlet as written is a sorted doc value: counting ordinals avoids decompressing every stored document.
            var outlets = atomic.GetSortedDocValues(FieldNames.Source);
            var perOrdinal = outlets is null ? null : new int[outlets.ValueCount];
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)))
                {
                    continue;
                }

                if (days is not null && hasDay is not null && hasDay.Get(doc))
                {
                    var day = (int)days.Get(doc);
                    min = min is null ? day : Math.Min(min.Value, day);
                    max = max is null ? day : Math.Max(max.Value, day);
                }

                if (perOrdinal is not null)
                {
                    var ordinal = outlets!.GetOrd(doc);
                    if (ordinal >= 0)
                    {
                        perOrdinal[ordinal]++;
                    }
                }
                else if (atomic.Document(doc, SourceOnly).Get(FieldNames.Source) is { } source)
                {
                    // A segment written before the outlet had doc values.
                    sources[source] = sources.GetValueOrDefault(source) + 1;
                }
            }

            for (var ordinal = 0; perOrdinal is not null && ordinal < perOrdinal.Length; ordinal++)
            {
                if (perOrdinal[ordinal] > 0)
                {
                    var name = new Lucene.Net.Util.BytesRef();
                    outlets!.LookupOrd(ordinal, name);
                    var source = name.Utf8ToString();
                    sources[source] = sources.GetValueOrDefault(source) + perOrdinal[ordinal];
                }
            }
        }

        return new IndexStatistics
        {
            Documents = reader.NumDocs,
            Sources = sources.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal),
            From = min is { } from ? DateOnly.FromDayNumber(from) : null,
            To = max is { } to ? DateOnly.FromDayNumber(to) : null,
            SizeBytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length),
            Path = path,
        };
    }
}
