using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>An index searcher that weighs a word matched in the title as rare as the word is in the body. Titles are
/// short, so a common word is rare among them: "responsable" heads few titles but fills thousands of bodies, and with
/// each field's own statistics it outweighed, in a title, a rare concept ("IA") in the body. A concept is as specific
/// as the articles' text says, wherever it is found; the title still counts more (its boost and its shorter length).</summary>
internal sealed class ConceptRaritySearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>Body frequencies kept beyond this many stems are dropped, so odd queries cannot grow the cache unbounded.</summary>
    private const int MaxCachedStems = 50_000;

    // A search weighs each title term several times (the ranking query, its match set, the rescoring): the body
    // frequency is looked up in every segment once per reader instead, as the reader never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _inBodies = new(StringComparer.Ordinal);

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        var own = base.TermStatistics(term, context);
        if (term.Field != FieldNames.Title)
        {
            return own;
        }

        var inBodies = InBodies(term.Text);
        return inBodies > own.DocFreq ? new TermStatistics(term.Bytes, inBodies, own.TotalTermFreq) : own;
    }

    private int InBodies(string stem)
    {
        if (_inBodies.TryGetValue(stem, out var known))
        {
            return known;
        }

        if (_inBodies.Count >= MaxCachedStems)
        {
            _inBodies.Clear();
        }

        return _inBodies[stem] = IndexReader.DocFreq(new Term(FieldNames.Body, stem));
    }
}
