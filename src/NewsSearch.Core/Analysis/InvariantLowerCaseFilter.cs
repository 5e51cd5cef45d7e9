using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>Lower-cases a token exactly as Lucene's LowerCaseFilter does, without its cost: that filter asks the
/// culture tables for every character, which was a tenth of all indexing time. Here ASCII letters are shifted
/// directly, characters that are already lower case are left alone, and only the rest (capitals such as É, rare)
/// go through the invariant culture's mapping.</summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 128)
            {
                if ((uint)(c - 'A') <= 'Z' - 'A')
                {
                    buffer[i] = (char)(c | 0x20);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                // A code point beyond the first plane lower-cases to another one: the token keeps its length.
                var lower = Rune.ToLowerInvariant(new Rune(c, buffer[i + 1]));
                if (lower.Utf16SequenceLength == 2)
                {
                    lower.EncodeToUtf16(buffer.AsSpan(i, 2));
                }

                i++;
            }
            else if (!char.IsLower(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }

        return true;
    }
}
