using Lucene.Net.Index;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>The written forms of one stem, told apart by the <see cref="SurfaceMarks"/> hash in each position's payload:
/// for each hash, the live articles (title or body) holding the stem written that way. The stemmed fields alone cannot
/// tell "merkell" from "merkel"; these counts can (up to one-byte hash collisions).</summary>
internal sealed class StemSurfaces
{
    private readonly Dictionary<byte, SortedSet<int>> _articles = [];

    private StemSurfaces(string stem) => Stem = stem;

    /// <summary>The stem whose postings were read.</summary>
    public string Stem { get; }

    /// <summary>Whether reading stopped early (position budget spent, or <c>stopAbove</c> reached): counts are then lower bounds.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The hashes of the written forms seen, most articles first, then by hash value (so the order is stable).</summary>
    public IEnumerable<byte> Hashes => _articles.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key).Select(p => p.Key);

    /// <summary>How many articles hold the stem written with <paramref name="hash"/>.</summary>
    public int Articles(byte hash) => _articles.TryGetValue(hash, out var docs) ? docs.Count : 0;

    /// <summary>The lowest document number holding the stem written with <paramref name="hash"/> (one seen with it).</summary>
    public int FirstArticle(byte hash) => _articles[hash].Min;

    /// <summary>Reads the stem's positions in title and body, deleted articles skipped, until <paramref name="maxPositions"/>
    /// positions are read or the hash <paramref name="watched"/> (-1 for none) is held by more than <paramref name="stopAbove"/> articles.</summary>
    public static StemSurfaces Read(IndexReader reader, string stem, int maxPositions, int watched = -1, int stopAbove = int.MaxValue)
    {
        var surfaces = new StemSurfaces(stem);
        var budget = maxPositions;
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in FieldNames.Marked)
            {
                // Live documents only: GetTermPositionsEnum skips deleted ones and asks for payloads.
                var positions = leaf.AtomicReader.GetTermPositionsEnum(new Term(field, stem));
                if (positions is null)
                {
                    continue;
                }

                while (positions.NextDoc() != DocsAndPositionsEnum.NO_MORE_DOCS)
                {
                    var doc = leaf.DocBase + positions.DocID;
                    for (var i = positions.Freq; i > 0; i--)
                    {
                        positions.NextPosition();
                        if (--budget < 0)
                        {
                            surfaces.Truncated = true;
                            return surfaces;
                        }

                        if (SurfaceMarks.Read(positions.GetPayload()) is not { } mark)
                        {
                            continue;
                        }

                        var hash = mark.Hash;
                        if (surfaces.Add(hash, doc) && hash == watched && surfaces.Articles(hash) > stopAbove)
                        {
                            surfaces.Truncated = true;
                            return surfaces;
                        }
                    }
                }
            }
        }

        return surfaces;
    }

    private bool Add(byte hash, int doc)
    {
        if (!_articles.TryGetValue(hash, out var docs))
        {
            _articles[hash] = docs = [];
        }

        return docs.Add(doc);
    }
}
