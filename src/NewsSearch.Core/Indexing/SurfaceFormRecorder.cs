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
    private int[] _ends = new int[512];
    private int[] _increments = new int[512];
    private int[] _starts = new int[512];
    private int[] _stops = new int[512];
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

        if (Count == _ends.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _ends, size);
            Array.Resize(ref _increments, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _stops, size);
        }

        var termLength = _term.Length;
        if (_length + termLength > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + termLength));
        }

        Array.Copy(_term.Buffer, 0, _chars, _length, termLength);
        _length += termLength;
        _ends[Count] = _length;
        _increments[Count] = _increment.PositionIncrement;
        _starts[Count] = _offset.StartOffset;
        _stops[Count] = _offset.EndOffset;
        Count++;
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
            _ends = new int[512];
            _increments = new int[512];
            _starts = new int[512];
            _stops = new int[512];
        }
    }

    /// <summary>Copies the <paramref name="index"/>-th recorded token into the given attributes.</summary>
    public void CopyTo(int index, ICharTermAttribute term, IPositionIncrementAttribute increment, IOffsetAttribute offset)
    {
        var start = index == 0 ? 0 : _ends[index - 1];
        term.CopyBuffer(_chars, start, _ends[index] - start);
        increment.PositionIncrement = _increments[index];
        offset.SetOffset(_starts[index], _stops[index]);
    }
}
