using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>How many articles hold a word (any inflection: its stem) or a name (its stems side by side) in title or
/// body, in the whole index and in the match set: read from the postings, live articles only.</summary>
internal static class ExactCounts
{
    /// <summary>Each word's articles: the title and body postings of its stem merged, each article counted once
    /// (one terms enumerator per segment and field, stems sought in order).</summary>
    public static Dictionary<string, (int Matches, int Background)> OfWords(IndexReader reader, IEnumerable<string> stems, FixedBitSet members)
    {
        var sorted = stems.Distinct().Order(StringComparer.Ordinal).Select(s => (Stem: s, Bytes: new BytesRef(s))).ToList();
        var matches = new int[sorted.Count];
        var background = new int[sorted.Count];
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            var titles = leaf.AtomicReader.GetTerms(FieldNames.Title)?.GetEnumerator();
            var bodies = leaf.AtomicReader.GetTerms(FieldNames.Body)?.GetEnumerator();
            DocsEnum? inTitles = null, inBodies = null;
            for (var i = 0; i < sorted.Count; i++)
            {
                var title = titles is not null && titles.SeekExact(sorted[i].Bytes) ? inTitles = titles.Docs(live, inTitles, DocsFlags.NONE) : null;
                var body = bodies is not null && bodies.SeekExact(sorted[i].Bytes) ? inBodies = bodies.Docs(live, inBodies, DocsFlags.NONE) : null;
                var inTitle = Next(title);
                var inBody = Next(body);
                while (inTitle != DocIdSetIterator.NO_MORE_DOCS || inBody != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var doc = Math.Min(inTitle, inBody);
                    background[i]++;
                    if (members.Get(leaf.DocBase + doc))
                    {
                        matches[i]++;
                    }

                    inTitle = inTitle == doc ? Next(title) : inTitle;
                    inBody = inBody == doc ? Next(body) : inBody;
                }
            }
        }

        return sorted.Select((s, i) => (s.Stem, Counts: (matches[i], background[i]))).ToDictionary(s => s.Stem, s => s.Counts, StringComparer.Ordinal);
    }

    /// <summary>A name's articles: its words side by side (a phrase, with a gap for each empty slot, where a particle
    /// stands) in the title or in the body.</summary>
    public static (int Matches, int Background) OfName(IndexSearcher searcher, string[] slots, FixedBitSet members)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var field in FieldNames.Marked)
        {
            var phrase = new PhraseQuery();
            for (var position = 0; position < slots.Length; position++)
            {
                if (slots[position].Length > 0)
                {
                    phrase.Add(new Term(field, slots[position]), position);
                }
            }

            query.Add(phrase, Occur.SHOULD);
        }

        var counter = new MemberCounter(members);
        searcher.Search(query, counter);
        return (counter.Matches, counter.Background);
    }

    private static int Next(DocsEnum? docs) => docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS;

    /// <summary>Counts hits, and those that are members of the match set.</summary>
    private sealed class MemberCounter(FixedBitSet members) : ICollector
    {
        private int _docBase;

        public int Matches { get; private set; }

        public int Background { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Background++;
            if (members.Get(_docBase + doc))
            {
                Matches++;
            }
        }
    }
}
