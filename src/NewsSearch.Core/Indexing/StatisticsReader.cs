using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search;

namespace NewsSearch.Indexing;

/// <summary>Reads an index's statistics from the live documents (deleted ones never count).</summary>
internal static class StatisticsReader
{
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

                var source = atomic.Document(doc, new HashSet<string> { FieldNames.Source }).Get(FieldNames.Source);
                if (source is not null)
                {
                    sources[source] = sources.GetValueOrDefault(source) + 1;
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
