using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Analysis;

/// <summary>Starts the words after an article's lead (its first paragraph) at position <see cref="Gap"/>, so that a
/// word's position alone tells whether it is in the lead (below <see cref="Gap"/>): ranking prefers articles
/// whose lead names the query's concepts to those mentioning them in passing, without a field of its own. Phrases
/// and neighbours do not span the break, which they should not anyway.</summary>
internal sealed class LeadGapFilter : TokenFilter
{
    /// <summary>The first position after the lead. A lead of <see cref="LongestLead"/> characters has fewer words; a
    /// small gap keeps the positions' deltas, and so the index, small.</summary>
    public const int Gap = 256;

    /// <summary>Without a paragraph break this early, the lead ends at the end of a sentence, or here (in characters).</summary>
    private const int LongestLead = 600;

    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private readonly int _leadEnd;
    private bool _past;
    private int _position = -1;

    public LeadGapFilter(TokenStream input, int leadEnd)
        : base(input)
    {
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _leadEnd = leadEnd;
    }

    /// <summary>Where the lead of a body ends (a character offset): at its first line break after some text, or, for
    /// a body of one long paragraph, at the first end of sentence past 150 characters, at most <see cref="LongestLead"/>.</summary>
    public static int LeadEnd(string body)
    {
        var start = 0;
        while (start < body.Length && char.IsWhiteSpace(body[start]))
        {
            start++;
        }

        var limit = Math.Min(body.Length, start + LongestLead);
        var newline = body.IndexOf('\n', start, limit - start);
        if (newline >= 0)
        {
            return newline;
        }

        for (var i = start + 150; i < limit - 1; i++)
        {
            if (body[i] is '.' or '!' or '?' && body[i + 1] == ' ')
            {
                return i + 1;
            }
        }

        return limit;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_past && _offset.StartOffset >= _leadEnd)
        {
            _past = true;
            _increment.PositionIncrement = Math.Max(_increment.PositionIncrement, Gap - _position);
        }

        _position += _increment.PositionIncrement;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _past = false;
        _position = -1;
    }
}
