using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace NewsSearch.Analysis;

/// <summary>Drops stop words as Lucene's <c>StopFilter</c> does (their positions left as gaps) and marks each kept word
/// with its <see cref="SurfaceMarks"/> payload. Reads a whole text before giving its first word, since a word's mark
/// names the stop word after it.</summary>
internal sealed class SurfacePayloadFilter : TokenFilter
{
    private const int MaxKeptChars = 1 << 20;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private readonly IPayloadAttribute _payload;
    private readonly BytesRef _marks = new(new byte[SurfaceMarks.PayloadLength]);
    private char[] _scratch = new char[256];
    private char[] _chars = new char[4096];
    private Word[] _words = new Word[512];
    private int _count;
    private int _next;
    private int _skipped;
    private bool _filled;

    public SurfacePayloadFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _payload = AddAttribute<IPayloadAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!_filled)
        {
            Fill();
        }

        while (_next < _count)
        {
            var i = _next++;
            var word = _words[i];
            if (word.StopId != 0)
            {
                _skipped += word.Increment;
                continue;
            }

            ClearAttributes();
            var start = i == 0 ? 0 : _words[i - 1].End;
            _term.CopyBuffer(_chars, start, word.End - start);
            _increment.PositionIncrement = word.Increment + _skipped;
            _skipped = 0;
            _offset.SetOffset(word.Start, word.Stop);
            var marks = _marks.Bytes;
            marks[0] = word.Hash;
            marks[1] = i > 0 ? _words[i - 1].StopId : (byte)0;
            marks[2] = i + 1 < _count ? _words[i + 1].StopId : (byte)0;
            _payload.Payload = _marks;
            return true;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
        _skipped = 0;
    }

    public override void Reset()
    {
        base.Reset();
        _count = 0;
        _next = 0;
        _skipped = 0;
        _filled = false;
        if (_chars.Length > MaxKeptChars)
        {
            // One very long text must not keep its buffers alive for the rest of the run.
            _chars = new char[4096];
            _words = new Word[512];
        }
    }

    private void Fill()
    {
        _filled = true;
        var length = 0;
        while (m_input.IncrementToken())
        {
            if (_count == _words.Length)
            {
                Array.Resize(ref _words, _count * 2);
            }

            var termLength = _term.Length;
            if (length + termLength > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, length + termLength));
            }

            if (termLength * 4 > _scratch.Length)
            {
                _scratch = new char[termLength * 4];
            }

            var buffer = _term.Buffer;
            Array.Copy(buffer, 0, _chars, length, termLength);
            length += termLength;
            var stopId = SurfaceMarks.StopId(buffer, termLength);
            var hash = stopId == 0 ? SurfaceMarks.HashOf(buffer, termLength, _scratch) : (byte)0;
            _words[_count++] = new Word(length, _increment.PositionIncrement, _offset.StartOffset, _offset.EndOffset, stopId, hash);
        }
    }

    /// <summary>One word read: where its characters end in the buffer, its position increment, offsets, stop word id
    /// (0 for a kept word) and the hash of its written form.</summary>
    private readonly record struct Word(int End, int Increment, int Start, int Stop, byte StopId, byte Hash);
}
