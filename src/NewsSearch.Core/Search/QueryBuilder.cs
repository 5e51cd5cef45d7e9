using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Expansion;
using NewsSearch.Search.Matching;
using NewsSearch.Search.Parsing;
using NewsSearch.Search.Rescoring;

namespace NewsSearch.Search;

/// <summary>Turns a parsed query into a Lucene query over title and body, through the same French analysis as indexing.
/// Plain words become concepts (<see cref="WordConcepts"/>: synonyms, spelling corrections) combined so that articles
/// holding more of them, all of them, and holding them close together rank first.</summary>
internal sealed class QueryBuilder
{
    private readonly RankingOptions _ranking;
    private readonly WordConcepts _concepts;
    private readonly FieldQueries _fields;
    private readonly ConceptQueries _conceptQueries;
    private readonly WrittenFormFilters _writtenForms = new();
    private readonly LeadQueries _leads;

    public QueryBuilder(Analyzer analyzer, RankingOptions ranking)
    {
        _ranking = ranking;
        _concepts = new WordConcepts(analyzer, ranking.SynonymList ?? SynonymList.Shipped(), ranking);
        _fields = new FieldQueries(analyzer, ranking);
        _conceptQueries = new ConceptQueries(_fields, ranking);
        _leads = new LeadQueries(_fields, ranking);
    }

    /// <summary>The query to run for a parse of <paramref name="text"/>, with spelling corrections (and the suggestion
    /// they make) drawn from <paramref name="reader"/>'s terms when one is given: the ranking query, which any concept
    /// matches, and its match set (<see cref="MatchRule"/>: the articles holding every concept, or most of a question's).</summary>
    public QueryPlan Plan(QueryNode? root, string text, IndexReader? reader)
    {
        if (root is null)
        {
            return new QueryPlan(null, null, []);
        }

        var build = new BuildState(reader, [], [], new RescoreWords(_fields, _concepts), Relaxed: false, MatchRule.IsQuestion(text), new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance), new ExpansionBudget());
        var query = Node(root, build);
        return new QueryPlan(query, Suggest(text, build.Corrections), build.Expansions, build.Rescore.Terms() is { } terms ? terms with { Topical = !build.Question } : null)
        {
            Matching = query is null ? null : Narrowed(query, build.Narrowed),
            Relaxed = query is null ? null : Narrowed(query, build.OwnForms),
        };
    }

    /// <summary>The query with each part that asks for several concepts replaced by its narrowed twin.</summary>
    private static Query Narrowed(Query query, Dictionary<object, Query> twins)
    {
        if (twins.TryGetValue(query, out var twin))
        {
            return twin;
        }

        if (query is not BooleanQuery boolean || twins.Count == 0)
        {
            return query;
        }

        var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        var changed = false;
        foreach (var clause in boolean.Clauses)
        {
            var inner = Narrowed(clause.Query, twins);
            changed |= !ReferenceEquals(inner, clause.Query);
            copy.Add(inner, clause.Occur);
        }

        return changed ? copy : boolean;
    }

    /// <summary>The typed text, lower-cased and unaccented, with each misspelt word replaced by its indexed spelling.</summary>
    private static string? Suggest(string text, List<(string Typed, string Corrected)> corrections)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        var suggestion = AccentFolding.Fold(text.ToLowerInvariant());
        foreach (var (typed, corrected) in corrections)
        {
            suggestion = System.Text.RegularExpressions.Regex.Replace(
                suggestion, @"(?<![\p{L}\p{N}])" + System.Text.RegularExpressions.Regex.Escape(typed) + @"(?![\p{L}\p{N}])", corrected);
        }

        return string.Join(' ', suggestion.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The acronyms learned from <paramref name="reader"/>'s articles, as searches use them.</summary>
    public IReadOnlyList<LearnedAcronym> LearnedAcronyms(IndexReader reader) => _concepts.LearnedAcronyms(reader);

    /// <summary>The query for a parse, without spelling corrections.</summary>
    public Query? Build(QueryNode node) => Plan(node, "", reader: null).Query;

    private Query? Node(QueryNode node, BuildState build) => node switch
    {
        WordNode word when IsPlain(word) => Words([word], build),
        // Past the budget of expansions (taken in reading order), a prefix or fuzzy word is read as written.
        WordNode word when (word.Prefix || word.Fuzzy) && !build.Expanding.TryTake() => Node(word with { Prefix = false, Fuzzy = false }, build),
        WordNode word => Word(word),
        PhraseNode phrase => Phrase(phrase),
        // Spelling corrections and synonyms widen a match: not what an exclusion means.
        ExcludeNode exclude => Node(exclude.Inner, build with { Reader = null, Relaxed = true }) is { } inner
            ? new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { inner, Occur.MUST_NOT } }
            : null,
        RequireNode require => Node(require.Inner, build),
        AnyNode any => Combine(any.Items, Occur.SHOULD, build),
        AllNode all => Combine(all.Items, Occur.MUST, build),
        SequenceNode sequence => Sequence(sequence, build),
        _ => null,
    };

    private static bool IsPlain(WordNode word) => word is { Prefix: false, Fuzzy: false } && word.Field is null or "title";

    /// <summary>Items side by side: exclusions and requirements apply as such; consecutive plain words are read together
    /// (so multi-word synonyms are found); everything else may match, the more the better.</summary>
    private Query? Sequence(SequenceNode sequence, BuildState build)
    {
        var outer = new BooleanQuery(disableCoord: true);
        var positives = new List<QueryNode>();
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case ExcludeNode exclude when Node(exclude.Inner, build with { Reader = null, Relaxed = true }) is { } excluded:
                    outer.Add(excluded, Occur.MUST_NOT);
                    break;
                case RequireNode require when Node(require.Inner, build) is { } required:
                    outer.Add(required, Occur.MUST);
                    break;
                case ExcludeNode or RequireNode:
                    break;
                default:
                    positives.Add(item);
                    break;
            }
        }

        var scoring = Positives(positives, build);
        if (scoring is not null)
        {
            outer.Add(scoring, outer.Clauses.Any(c => c.Occur == Occur.MUST) ? Occur.SHOULD : Occur.MUST);
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

    private Query? Positives(List<QueryNode> items, BuildState build)
    {
        var parts = new List<Query>();
        var proximity = new List<Query>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is WordNode first && IsPlain(first))
            {
                var run = items.Skip(i).TakeWhile(n => n is WordNode w && IsPlain(w) && w.Field == first.Field).Cast<WordNode>().ToList();
                var concepts = _concepts.From(run.Select(w => w.Text), build.Reader, build.Corrections, build.Expansions);
                foreach (var concept in concepts)
                {
                    if (_conceptQueries.Concept(concept, first.Field) is { } part)
                    {
                        parts.Add(part);
                        Narrow(part, concept, first.Field, build);
                    }
                }

                build.Rescore.Add(run.Select(w => w.Text), concepts);
                proximity.AddRange(_conceptQueries.Proximity(concepts));
                if (!build.Question)
                {
                    proximity.AddRange(_leads.For(concepts, build.Reader));
                }

                i += run.Count - 1;
            }
            else if (Node(items[i], build) is { } query)
            {
                parts.Add(query);
            }
        }

        return Together(parts, proximity, build);
    }

    private Query? Words(IReadOnlyList<WordNode> words, BuildState build) => Positives([.. words], build);

    /// <summary>Records the part's match-set twin: the concept without its word family, which only ranks, and kept to
    /// the articles writing the word as typed when the stemmer also folds another word into its stem
    /// (<see cref="KeptSpellings"/>); exclusions are never narrowed.</summary>
    private void Narrow(Query part, Concept concept, string? field, BuildState build)
    {
        var own = concept.WithoutFamily;
        var matching = ReferenceEquals(own, concept) ? part : _conceptQueries.Concept(own, field) ?? part;
        if (!ReferenceEquals(matching, part))
        {
            build.OwnForms[part] = matching;
        }

        // The stem as the concept's query has it: the light stemmer may stem a word typed without its accents apart.
        if (!build.Relaxed && _fields.Analyze(own.Alternatives[0].Text) is [var token] && KeptSpellings.Kept(own, token.Text) is { } forms)
        {
            matching = new FilteredQuery(matching, _writtenForms.For(token.Text, forms));
        }

        if (!ReferenceEquals(matching, part))
        {
            build.Narrowed[part] = matching;
        }
    }

    /// <summary>The parts an article must hold (<see cref="MatchRule"/>), scored by the share of parts matched; holding
    /// them all, and holding neighbouring words close together, add to the score.</summary>
    private Query? Together(List<Query> parts, List<Query> proximity, BuildState build)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var together = Scored(parts, proximity, required: 0);

        // The match set's twin scores its articles as the ranking query does; it only leaves out those holding too few parts.
        var required = MatchRule.Required(parts.Count, build.Question, _ranking, build.Relaxed);
        if (required > 1)
        {
            build.Narrowed[together] = Scored([.. parts.Select(p => Narrowed(p, build.Narrowed))], proximity, required);
        }

        return together;
    }

    private BooleanQuery Scored(List<Query> parts, List<Query> proximity, int required)
    {
        var any = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = required };
        var all = new BooleanQuery(disableCoord: true) { Boost = _ranking.AllWordsBonus };
        foreach (var part in parts)
        {
            any.Add(part, Occur.SHOULD);
            all.Add(part, Occur.MUST);
        }

        var together = new BooleanQuery(disableCoord: true) { { any, Occur.MUST } };
        if (_ranking.AllWordsBonus > 0)
        {
            together.Add(all, Occur.SHOULD);
        }

        foreach (var near in proximity)
        {
            together.Add(near, Occur.SHOULD);
        }

        return together;
    }

    private BooleanQuery? Combine(IReadOnlyList<QueryNode> items, Occur occur, BuildState build)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var item in items)
        {
            if (item is ExcludeNode exclude && Node(exclude.Inner, build with { Reader = null, Relaxed = true }) is { } excluded && occur == Occur.MUST)
            {
                query.Add(excluded, Occur.MUST_NOT);
            }
            else if (Node(item, build) is { } built)
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
                ? _fields.PerField(word.Field, field => new PrefixQuery(new Term(field, prefix))
                {
                    MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(QueryLimits.MaxExpansions),
                })
                : null;
        }

        var tokens = _fields.Analyze(word.Text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (word.Fuzzy && tokens.Count == 1)
        {
            var text = tokens[0].Text;
            var edits = text.Length <= 4 ? 1 : 2;
            return _fields.PerField(word.Field, field => new FuzzyQuery(new Term(field, text), edits, prefixLength: 1, QueryLimits.MaxExpansions, transpositions: true));
        }

        return _fields.PerField(word.Field, field => FieldQueries.TermsAt(field, tokens));
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

        var tokens = _fields.Analyze(phrase.Text);
        return tokens.Count == 0 ? null : _fields.PerField(phrase.Field, field => FieldQueries.TermsAt(field, tokens));
    }

    private static Query SourceFilter(string source) =>
        new ConstantScoreQuery(new TermQuery(new Term(FieldNames.SourceKey, SourceKeys.Normalize(source)))) { Boost = 0f };

    private static string StripElision(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        return apostrophe is > 0 and <= 7 ? word[(apostrophe + 1)..] : word;
    }

    /// <summary>The state of one build: where corrections come from, how strict the match set is, and what was done.</summary>
    private sealed record BuildState(
        IndexReader? Reader,
        List<(string Typed, string Corrected)> Corrections,
        List<string> Expansions,
        RescoreWords Rescore,
        bool Relaxed,
        bool Question,
        Dictionary<object, Query> Narrowed,
        Dictionary<object, Query> OwnForms,
        ExpansionBudget Expanding);

    /// <summary>How many more prefix or fuzzy words this build may expand (<see cref="QueryLimits.MaxExpandingWords"/>).</summary>
    private sealed class ExpansionBudget
    {
        private int _left = QueryLimits.MaxExpandingWords;

        public bool TryTake() => _left-- > 0;
    }
}
