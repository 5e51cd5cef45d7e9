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
    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        var own = base.TermStatistics(term, context);
        if (term.Field != FieldNames.Title)
        {
            return own;
        }

        var inBodies = IndexReader.DocFreq(new Term(FieldNames.Body, term.Bytes));
        return inBodies > own.DocFreq ? new TermStatistics(term.Bytes, inBodies, own.TotalTermFreq) : own;
    }
}
