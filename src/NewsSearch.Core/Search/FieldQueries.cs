using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search;

/// <summary>Queries on the analysed fields: text analysed like article bodies, as a term or a phrase, on title
/// (boosted) and body or on the one field asked for.</summary>
internal sealed class FieldQueries(Analyzer analyzer, RankingOptions ranking)
{
    /// <summary>One token: a term; several (a phrase, or a word the tokenizer splits such as <c>Jean-François</c>): a phrase.</summary>
    public static Query TermsAt(string field, IReadOnlyList<(string Text, int Position)> tokens)
    {
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Text));
        }

        var phrase = new PhraseQuery();
        foreach (var (text, position) in tokens)
        {
            phrase.Add(new Term(field, text), position);
        }

        return phrase;
    }

    /// <summary>The same query on the title (boosted) and the body, or on the one field the person named.</summary>
    public Query PerField(string? field, Func<string, Query> make)
    {
        if (field == "title")
        {
            return make(FieldNames.Title);
        }

        var title = make(FieldNames.Title);
        title.Boost *= ranking.TitleBoost;
        return new BooleanQuery(disableCoord: true) { { title, Occur.SHOULD }, { make(FieldNames.Body), Occur.SHOULD } };
    }

    /// <summary>The tokens one way of writing a concept matches: its text analysed, or the indexed stem it names.</summary>
    public List<(string Text, int Position)> Analyze(Expansion.Alternative alternative) =>
        alternative.FamilyStem ? [(alternative.Text, 0)] : Analyze(alternative.Text);

    public List<(string Text, int Position)> Analyze(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(FieldNames.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }
}
