using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>Spells out œ and æ in a (lower-cased) token before the stemmer sees it, so "cœur" and "coeur" stem alike.
/// Works on the token, so its offsets still cover the word as written (the highlighter marks "Cœur" whole).</summary>
internal sealed class LigatureFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public LigatureFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        if (buffer.AsSpan(0, length).IndexOfAny('œ', 'æ') >= 0)
        {
            var expanded = new string(buffer, 0, length).Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
            _term.SetEmpty().Append(expanded);
        }

        return true;
    }
}
