using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using NewsSearch.Analysis;

namespace NewsSearch.Indexing;

/// <summary>Indexing-time analysis of an article body, shared by its two indexed fields: the body is tokenized once,
/// for the stemmed field, and the exact field replays the surface forms recorded on the way (tokenizing the body a
/// second time was a large share of indexing time). The chains are <see cref="FrenchNewsAnalyzer"/>'s own pieces, so
/// the tokens are the analyzer's. Lucene inverts a document's fields in name order ("body" before "exact"); should the
/// exact field be read first, or for another text, it tokenizes the text itself: the result never depends on the order.
/// One instance per thread, since writer threads analyse documents concurrently.</summary>
internal sealed class SharedBodyAnalysis
{
    [ThreadStatic]
    private static SharedBodyAnalysis? t_current;

    private readonly Tokenizer _tokenizer;
    private readonly SurfaceFormRecorder _recorder;
    private readonly TokenStream _stemmed;
    private readonly TokenStream _exact;

    private SharedBodyAnalysis()
    {
        _tokenizer = FrenchNewsAnalyzer.NewTokenizer(TextReader.Null);
        _recorder = new SurfaceFormRecorder(FrenchNewsAnalyzer.SurfaceForms(_tokenizer));
        _stemmed = FrenchNewsAnalyzer.StemmedForms(_recorder);
        _exact = FrenchNewsAnalyzer.ExactForms(new RecordedForms(_recorder));
    }

    /// <summary>The stored, stemmed body field, analysed through the shared chain.</summary>
    public static Field StemmedField(string name, string body) => new SharedField(name, body, TextField.TYPE_STORED, Stemmed);

    /// <summary>The body's value of the exact field (not stored), replaying the stemmed field's surface forms.</summary>
    public static Field ExactField(string name, string body) => new SharedField(name, body, TextField.TYPE_NOT_STORED, Exact);

    /// <summary>The stemmed tokens of <paramref name="text"/>, recording its surface forms on the way.</summary>
    internal static TokenStream Stemmed(string text) => Current().Start(text);

    /// <summary>The exact tokens of <paramref name="text"/>: replayed when they were just recorded, else tokenized now.</summary>
    internal static TokenStream Exact(string text)
    {
        var analysis = Current();
        if (!ReferenceEquals(analysis._recorder.Source, text) || !analysis._recorder.Complete)
        {
            analysis.Record(text);
        }

        return analysis._exact;
    }

    private static SharedBodyAnalysis Current() => t_current ??= new SharedBodyAnalysis();

    private TokenStream Start(string text)
    {
        _recorder.Source = text;
        _tokenizer.SetReader(FrenchNewsAnalyzer.Prepare(new StringReader(text)));
        return _stemmed;
    }

    private void Record(string text)
    {
        Start(text);
        using (_recorder)
        {
            _recorder.Reset();
            while (_recorder.IncrementToken())
            {
            }

            _recorder.End();
        }
    }

    /// <summary>A field whose tokens come from the shared chain rather than from the writer's analyzer.</summary>
    private sealed class SharedField(string name, string value, FieldType type, Func<string, TokenStream> analyse)
        : Field(name, value, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer) => analyse(GetStringValue());
    }
}
