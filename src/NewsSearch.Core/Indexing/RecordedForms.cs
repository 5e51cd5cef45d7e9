using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NewsSearch.Indexing;

/// <summary>Replays the tokens a <see cref="SurfaceFormRecorder"/> kept, as a token stream of its own.</summary>
internal sealed class RecordedForms : TokenStream
{
    private readonly SurfaceFormRecorder _recorder;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public RecordedForms(SurfaceFormRecorder recorder)
    {
        _recorder = recorder;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next == _recorder.Count)
        {
            return false;
        }

        ClearAttributes();
        _recorder.CopyTo(_next++, _term, _increment, _offset);
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_recorder.FinalOffset, _recorder.FinalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
