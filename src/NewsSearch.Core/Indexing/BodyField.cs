using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using NewsSearch.Analysis;

namespace NewsSearch.Indexing;

/// <summary>The stored, analysed body, whose words after the lead are set <see cref="LeadGapFilter.Gap"/> positions
/// further on (the gap is added on the writer thread, over the analyzer's own words).</summary>
internal sealed class BodyField : Field
{
    private readonly int _leadEnd;

    public BodyField(string body)
        : base(FieldNames.Body, body, TextField.TYPE_STORED) => _leadEnd = LeadGapFilter.LeadEnd(body);

    public override TokenStream GetTokenStream(Analyzer analyzer) => new LeadGapFilter(base.GetTokenStream(analyzer), _leadEnd);
}
