using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Parsing;

namespace NewsSearch.Search;

/// <summary>Turns a parsed query into a Lucene query over title and body, through the same French analysis as indexing.</summary>
internal sealed class QueryBuilder
{
    private readonly Analyzer _analyzer;
    private readonly RankingOptions _ranking;

    public QueryBuilder(Analyzer analyzer, RankingOptions ranking)
    {
        _analyzer = analyzer;
        _ranking = ranking;
    }

    public Query? Build(QueryNode node) => node switch
    {
        WordNode word => Word(word),
        PhraseNode phrase => Phrase(phrase),
        ExcludeNode exclude => Build(exclude.Inner) is { } inner
            ? new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inner, Occur.MUST_NOT } }
            : null,
        RequireNode require => Build(require.Inner),
        AnyNode any => Combine(any.Items, Occur.SHOULD),
        AllNode all => Combine(all.Items, Occur.MUST),
        SequenceNode sequence => Sequence(sequence),
        _ => null,
    };

    /// <summary>Words side by side: any of them may match, and articles holding all of them get their score again,
    /// so they rank above articles holding only some.</summary>
    private Query? Sequence(SequenceNode sequence)
    {
        var positives = new List<Query>();
        var outer = new BooleanQuery();
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case ExcludeNode exclude when Build(exclude.Inner) is { } excluded:
                    outer.Add(excluded, Occur.MUST_NOT);
                    break;
                case RequireNode require when Build(require.Inner) is { } required:
                    outer.Add(required, Occur.MUST);
                    break;
                case ExcludeNode or RequireNode:
                    break;
                default:
                    if (Build(item) is { } query)
                    {
                        positives.Add(query);
                    }

                    break;
            }
        }

        if (positives.Count == 1)
        {
            outer.Add(positives[0], outer.Clauses.Any(c => c.Occur == Occur.MUST) ? Occur.SHOULD : Occur.MUST);
        }
        else if (positives.Count > 1)
        {
            var any = new BooleanQuery();
            var all = new BooleanQuery { Boost = _ranking.AllWordsBonus };
            foreach (var p in positives)
            {
                any.Add(p, Occur.SHOULD);
                all.Add(p, Occur.MUST);
            }

            var either = new BooleanQuery { { any, Occur.SHOULD }, { all, Occur.SHOULD } };
            outer.Add(either, outer.Clauses.Any(c => c.Occur == Occur.MUST) ? Occur.SHOULD : Occur.MUST);
        }

        if (outer.Clauses.Count == 0)
        {
            return null;
        }

        if (outer.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            outer.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return outer.Clauses.Count == 1 && outer.Clauses[0].Occur == Occur.MUST ? outer.Clauses[0].Query : outer;
    }

    private BooleanQuery? Combine(IReadOnlyList<QueryNode> items, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var item in items)
        {
            if (item is ExcludeNode exclude && Build(exclude.Inner) is { } excluded && occur == Occur.MUST)
            {
                query.Add(excluded, Occur.MUST_NOT);
            }
            else if (Build(item) is { } built)
            {
                query.Add(built, occur);
            }
        }

        return query.Clauses.Any(c => c.Occur != Occur.MUST_NOT) ? query : null;
    }

    private Query? Word(WordNode word)
    {
        if (string.IsNullOrWhiteSpace(word.Text))
        {
            return null;
        }

        if (word.Field == "source")
        {
            return SourceFilter(word.Text);
        }

        if (word.Prefix)
        {
            var prefix = AccentFolding.Fold(StripElision(word.Text).ToLowerInvariant());
            return prefix.Length >= QueryLimits.MinPrefixLength
                ? PerField(word.Field, field => new PrefixQuery(new Term(field, prefix))
                {
                    MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(QueryLimits.MaxExpansions),
                })
                : null;
        }

        var tokens = Analyze(word.Text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (word.Fuzzy && tokens.Count == 1)
        {
            var text = tokens[0].Text;
            var edits = text.Length <= 4 ? 1 : 2;
            return PerField(word.Field, field => new FuzzyQuery(new Term(field, text), edits, prefixLength: 1, QueryLimits.MaxExpansions, transpositions: true));
        }

        return PerField(word.Field, field => TermsAt(field, tokens));
    }

    private Query? Phrase(PhraseNode phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase.Text))
        {
            return null;
        }

        if (phrase.Field == "source")
        {
            return SourceFilter(phrase.Text);
        }

        var tokens = Analyze(phrase.Text);
        return tokens.Count == 0 ? null : PerField(phrase.Field, field => TermsAt(field, tokens));
    }

    private static Query SourceFilter(string source) =>
        new ConstantScoreQuery(new TermQuery(new Term(FieldNames.SourceKey, SourceKeys.Normalize(source)))) { Boost = 0f };

    /// <summary>One token: a term; several (a phrase, or a word the tokenizer splits such as <c>Jean-François</c>): a phrase.</summary>
    private static Query TermsAt(string field, IReadOnlyList<(string Text, int Position)> tokens)
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
    private Query PerField(string? field, Func<string, Query> make)
    {
        if (field == "title")
        {
            return make(FieldNames.Title);
        }

        var title = make(FieldNames.Title);
        title.Boost *= _ranking.TitleBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { make(FieldNames.Body), Occur.SHOULD } };
    }

    private List<(string Text, int Position)> Analyze(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(FieldNames.Body, text);
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

    private static string StripElision(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe is > 0 and <= 7 ? word[(apostrophe + 1)..] : word;
    }
}
