using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Matching;

/// <summary>The articles holding <paramref name="stem"/> on title or body in one of the written forms whose
/// <see cref="SurfaceMarks"/> hash is in <paramref name="hashes"/>: read from the marks stored with each position,
/// so no second, unstemmed field is needed. A one-byte hash lets about one stray form in 256 through.</summary>
internal sealed class WrittenFormFilter(string stem, byte[] hashes) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        FixedBitSet? found = null;
        foreach (var field in FieldNames.Marked)
        {
            // Live documents only; a document deleted later is left out by the accepted documents of each use.
            var positions = reader.GetTermPositionsEnum(new Term(field, stem));
            if (positions is null)
            {
                continue;
            }

            while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (found is not null && found.Get(positions.DocID))
                {
                    continue;
                }

                for (var left = positions.Freq; left > 0; left--)
                {
                    positions.NextPosition();
                    if (SurfaceMarks.Read(positions.GetPayload()) is { } mark && Array.IndexOf(hashes, mark.Hash) >= 0)
                    {
                        (found ??= new FixedBitSet(reader.MaxDoc)).Set(positions.DocID);
                        break;
                    }
                }
            }
        }

        return found is null ? null : BitsFilteredDocIdSet.Wrap(found, acceptDocs);
    }

    public override string ToString() => $"WrittenForm({stem}: {string.Join(',', hashes)})";
}
