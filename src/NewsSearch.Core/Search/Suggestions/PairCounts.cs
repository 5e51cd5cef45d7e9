using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>Counts the live articles writing one stem directly before others, in the title or the body: what a
/// phrase query of the two stems over both fields matches, read from the postings themselves. The first stem is looked
/// up once per segment and field for all the stems counted after it, and nothing is scored.</summary>
internal sealed class PairCounts
{
    private readonly BytesRef _first;
    private readonly List<Start> _starts = [];

    public PairCounts(IndexReader reader, string first)
    {
        _first = new BytesRef(first);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in FieldNames.Marked)
            {
                if (leaf.AtomicReader.GetTerms(field) is { } terms && terms.GetEnumerator() is var seek && seek.SeekExact(_first))
                {
                    _starts.Add(new Start(leaf.Ord, leaf.AtomicReader, terms, seek.GetTermState()));
                }
            }
        }
    }

    /// <summary>The articles holding the first stem directly followed by <paramref name="second"/>, counted up to
    /// <paramref name="enough"/> (a common pair is known to be meant after its first few articles).</summary>
    public int Articles(string second, int enough = int.MaxValue)
    {
        var bytes = new BytesRef(second);
        var count = 0;
        var segment = -1;
        var counted = new HashSet<int>();
        foreach (var start in _starts)
        {
            if (start.Segment != segment)
            {
                // A document writing the pair in its title and its body counts once.
                (segment, counted) = (start.Segment, []);
            }

            var seconds = start.Terms.GetEnumerator();
            if (count >= enough || !seconds.SeekExact(bytes))
            {
                continue;
            }

            var firsts = start.Terms.GetEnumerator();
            firsts.SeekExact(_first, start.First);
            var leaders = firsts.DocsAndPositions(start.Reader.LiveDocs, null, DocsAndPositionsFlags.NONE);
            var followers = seconds.DocsAndPositions(start.Reader.LiveDocs, null, DocsAndPositionsFlags.NONE);
            foreach (var doc in Adjacent(leaders, followers))
            {
                if (counted.Add(doc) && ++count >= enough)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>The documents where a position of <paramref name="second"/> directly follows one of <paramref name="first"/>.</summary>
    private static IEnumerable<int> Adjacent(DocsAndPositionsEnum first, DocsAndPositionsEnum second)
    {
        var doc = first.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var other = second.DocID < doc ? second.Advance(doc) : second.DocID;
            if (other == DocIdSetIterator.NO_MORE_DOCS)
            {
                yield break;
            }

            if (other > doc)
            {
                doc = first.Advance(other);
                continue;
            }

            if (Follows(first, second))
            {
                yield return doc;
            }

            doc = first.NextDoc();
        }
    }

    /// <summary>Whether, in the current document, a position of <paramref name="second"/> is one past one of <paramref name="first"/>.</summary>
    private static bool Follows(DocsAndPositionsEnum first, DocsAndPositionsEnum second)
    {
        var (left, right) = (first.Freq, second.Freq);
        var a = first.NextPosition();
        var b = second.NextPosition();
        left--;
        right--;
        while (true)
        {
            if (b == a + 1)
            {
                return true;
            }

            if (b <= a)
            {
                if (right-- == 0)
                {
                    return false;
                }

                b = second.NextPosition();
            }
            else
            {
                if (left-- == 0)
                {
                    return false;
                }

                a = first.NextPosition();
            }
        }
    }

    private sealed record Start(int Segment, AtomicReader Reader, Terms Terms, TermState First);
}
