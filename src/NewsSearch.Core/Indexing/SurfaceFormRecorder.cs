using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Indexing;

/// <summary>Passes tokens through unchanged while keeping a copy of each (term, position increment, offsets), so the
/// same words can be replayed to another field without tokenizing the text again.</summary>
internal sealed class SurfaceFormRecorder : TokenFilter
{
    private const int MaxKeptChars = 1 << 20;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private char[] _chars = new char[4096];
    private Token[] _tokens = new Token[512];
    private int _length;

    public SurfaceFormRecorder(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>The text whose forms are being (or were) recorded; compared by reference by the replaying side.</summary>
    public string? Source { get; set; }

    /// <summary>True once the whole text was read: only then can the forms stand for it.</summary>
    public bool Complete { get; private set; }

    public int Count { get; private set; }

    public int FinalOffset { get; private set; }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            Complete = true;
            return false;
        }

        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, Count * 2);
        }

        var termLength = _term.Length;
        if (_length + termLength > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + termLength));
        }

        Array.Copy(_term.Buffer, 0, _chars, _length, termLength);
        _length += termLength;
        _tokens[Count++] = new Token(_length, _increment.PositionIncrement, _offset.StartOffset, _offset.EndOffset);
        return true;
    }

    public override void End()
    {
        base.End();
        FinalOffset = _offset.EndOffset;
    }

    public override void Reset()
    {
        base.Reset();
        Count = 0;
        _length = 0;
        Complete = false;
        if (_chars.Length > MaxKeptChars)
        {
            // One very long body must not keep its buffers alive for the rest of the run.
            _chars = new char[4096];
            _tokens = new Token[512];
        }
    }

    /// <summary>Copies the <paramref name="index"/>-th recorded token into the given attributes.</summary>
    public void CopyTo(int index, ICharTermAttribute term, IPositionIncrementAttribute increment, IOffsetAttribute offset)
    {
        var token = _tokens[index];
        var start = index == 0 ? 0 : _tokens[index - 1].End;
        term.CopyBuffer(_chars, start, token.End - start);
        increment.PositionIncrement = token.Increment;
        offset.SetOffset(token.Start, token.Stop);
    }

    /// <summary>One recorded token: where its characters end in the shared buffer, its position increment and offsets.</summary>
    private readonly record struct Token(int End, int Increment, int Start, int Stop);
}
