using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace NewsSearch.Search.Snippets;

/// <summary>Cuts the text into passages of about <c>fragmentSize</c> characters without cutting a matched phrase in two,
/// as Lucene's <see cref="SimpleSpanFragmenter"/> means to. Lucene's waits for the position just after a phrase and
/// never stops waiting when that position is skipped (a stop word removed right after the phrase, as in "l'Union
/// européenne et …"): the rest of the body then became one passage. Here the wait ends at the first position at or
/// past the phrase's end, and never lasts more than half a passage's length.</summary>
internal sealed class SpanFragmenter(QueryScorer scorer, int fragmentSize) : IFragmenter
{
    private ICharTermAttribute _term = null!;
    private IPositionIncrementAttribute _increment = null!;
    private IOffsetAttribute _offset = null!;
    private int _position;
    private int _waitForPosition;
    private int _waitStartOffset;
    private int _fragments;
    private int _textLength;

    public void Start(string originalText, TokenStream tokenStream)
    {
        _position = -1;
        _waitForPosition = -1;
        _fragments = 1;
        _textLength = originalText.Length;
        _term = tokenStream.AddAttribute<ICharTermAttribute>();
        _increment = tokenStream.AddAttribute<IPositionIncrementAttribute>();
        _offset = tokenStream.AddAttribute<IOffsetAttribute>();
    }

    public bool IsNewFragment()
    {
        _position += _increment.PositionIncrement;
        var start = _offset.StartOffset;
        if (_waitForPosition >= 0)
        {
            if (_position < _waitForPosition && start - _waitStartOffset < fragmentSize / 2)
            {
                return false;
            }

            _waitForPosition = -1;
        }

        if (scorer.GetWeightedSpanTerm(_term.ToString()) is { } spanTerm)
        {
            foreach (var span in spanTerm.PositionSpans)
            {
                if (span.Start == _position && span.End > span.Start)
                {
                    _waitForPosition = span.End + 1;
                    _waitStartOffset = start;
                    break;
                }
            }
        }

        var isNew = start >= fragmentSize * _fragments && _textLength - start >= fragmentSize / 2;
        if (isNew)
        {
            _fragments++;
        }

        return isNew;
    }
}
