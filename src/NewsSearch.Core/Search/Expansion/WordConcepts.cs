using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using NewsSearch.Analysis;
using NewsSearch.Indexing;
using NewsSearch.Search.Suggestions;

namespace NewsSearch.Search.Expansion;

/// <summary>One way to write a concept, as written (analysed later like article text), and how much a match counts.</summary>
internal sealed record Alternative(string Text, float Weight)
{
    /// <summary>Whether <see cref="Text"/> is an indexed stem of the word's family (<see cref="WordFamilies"/>) rather
    /// than words: it is matched as indexed, never analysed again, and only ranks (the match set keeps to the word's
    /// own inflections).</summary>
    public bool FamilyStem { get; init; }
}

/// <summary>One unit of meaning of a plain-word query: a word, or several words that form one synonym-list member.</summary>
/// <param name="Typed">The words as typed, normalised (lower case, no accents, no elided article).</param>
/// <param name="Alternatives">What may match it: the typed words, their synonyms, a spelling correction.</param>
internal sealed record Concept(IReadOnlyList<string> Typed, IReadOnlyList<Alternative> Alternatives)
{
    /// <summary>Whether the alternatives are a synonym group (all equal), rather than the typed word and maybe a correction.</summary>
    public bool IsSynonymGroup => Alternatives.Count(a => a.Weight >= 1f && !a.FamilyStem) > 1;

    /// <summary>The concept without the members of its word family: what the match set asks for.</summary>
    public Concept WithoutFamily => Alternatives.Any(a => a.FamilyStem) ? this with { Alternatives = [.. Alternatives.Where(a => !a.FamilyStem)] } : this;
}

/// <summary>Turns the plain words of a query into concepts: words split where the analyzer splits them (so
/// <c>Jean-Luc</c> and <c>jean luc</c> read the same), question-only words dropped, synonym-list members found across
/// words, rare words given the indexed spelling they are close to.</summary>
internal sealed class WordConcepts
{
    private readonly Analyzer _analyzer;
    private readonly SynonymExpander _synonyms;
    private readonly LearnedAcronyms _acronyms;
    private readonly FieldQueries _fields;
    private readonly RankingOptions _ranking;

    public WordConcepts(Analyzer analyzer, SynonymList synonyms, RankingOptions ranking)
    {
        _analyzer = analyzer;
        _ranking = ranking;
        _synonyms = new SynonymExpander(synonyms, text => Normalise(text).Select(w => w.Normal).ToList());
        _fields = new FieldQueries(analyzer, ranking);
        _acronyms = new LearnedAcronyms(new AcronymSightings(_fields, ranking), _synonyms);
    }

    /// <summary>The concepts of consecutive plain words. With a reader, acronyms and expansions learned from the index
    /// are read like synonym-list members, and rare words also get a spelling correction, recorded in
    /// <paramref name="corrections"/> (typed word → indexed word).</summary>
    public List<Concept> From(IEnumerable<string> words, IndexReader? reader, List<(string Typed, string Corrected)> corrections, List<string> expansions)
    {
        var normal = words.SelectMany(Normalise).ToList();
        if (_ranking.DropQuestionWords && normal.Any(w => !QuestionWords.Contains(w.Normal) && !FrenchNewsAnalyzer.StopWords.Contains(w.Normal)))
        {
            normal.RemoveAll(w => QuestionWords.Contains(w.Normal));
        }

        var keys = normal.Select(w => w.Normal).ToList();
        var concepts = new List<Concept>();
        var compounds = reader is not null && _ranking.CompoundSpellings ? new CompoundSpellings(_fields, reader) : null;
        for (var i = 0; i < normal.Count && concepts.Count < QueryLimits.MaxTerms; i++)
        {
            var (length, group) = _ranking.Synonyms ? _synonyms.Match(keys, i) : (0, []);
            if (length > 0)
            {
                concepts.Add(SynonymGroup(keys.GetRange(i, length), group, expansions));
                i += length - 1;
                continue;
            }

            if (reader is not null && _ranking.LearnedAcronyms && _acronyms.At(reader, normal, i) is { } learned)
            {
                concepts.Add(learned.Concept);
                expansions.Add(learned.Explanation);
                i += learned.Length - 1;
                continue;
            }

            if (compounds is not null && i + 1 < normal.Count && compounds.Join(keys[i], keys[i + 1]) is { } joined)
            {
                var apart = $"{normal[i].Written} {normal[i + 1].Written}";
                concepts.Add(new Concept(keys.GetRange(i, 2), [new Alternative(apart, 1f), new Alternative(joined, 1f)]));
                expansions.Add($"{keys[i]} {keys[i + 1]} → {joined} (written joined)");
                i++;
                continue;
            }

            var previous = i > 0 && concepts.Count > 0 && concepts[^1].Typed.Count == 1 ? keys[i - 1] : null;
            concepts.Add(OneWord(normal[i], previous, reader, compounds, corrections, expansions));
        }

        return concepts;
    }

    /// <summary>The concept of one word that no synonym, learned acronym or joined spelling took: the word, with the
    /// spellings, correction and family that may also match it.</summary>
    private Concept OneWord((string Normal, string Written) word, string? previous, IndexReader? reader, CompoundSpellings? compounds,
        List<(string Typed, string Corrected)> corrections, List<string> expansions)
    {
        var alternatives = new List<Alternative> { new(word.Written, 1f) };
        if (compounds?.Split(word.Normal) is { } split)
        {
            // Written apart, the word may be a member of the synonym list ("covid19" as "covid 19"): its group then.
            var (length, group) = _ranking.Synonyms ? _synonyms.Match(split.Split(" "), 0) : (0, []);
            if (length == 2)
            {
                return SynonymGroup([word.Normal], group, expansions);
            }

            alternatives.Add(new Alternative(split, 1f));
            expansions.Add($"{word.Normal} → {split} (written apart)");
        }

        if (AccentedSpellings.Of(word.Written, word.Normal) is { } accented && StemOf(accented) is { } stem && stem != StemOf(word.Normal)
            && (reader is null || reader.DocFreq(new Term(FieldNames.Body, stem)) > 0))
        {
            alternatives.Add(new Alternative(accented, 1f));
        }

        var correcting = reader is not null && _ranking.CorrectionWeight > 0;
        if (correcting && SpellingCorrector.Correct(reader!, word.Normal) is { } corrected)
        {
            alternatives.Add(new Alternative(corrected, _ranking.CorrectionWeight));
            corrections.Add((word.Normal, corrected));
            expansions.Add($"{word.Normal} → {corrected} (spelling)");
        }
        else if (correcting && previous is not null && PairCorrector.Correct(reader!, previous, word.Normal) is { } meant)
        {
            // The typed word is a word of the archive, only not in this company: the pair as corrected is what
            // hundreds of articles write, so it is read as the word asked for and the typed one counts less.
            corrections.Add((word.Normal, meant));
            expansions.Add($"{word.Normal} → {meant} (spelling, read after \"{previous}\")");
            return new Concept([meant], [new Alternative(meant, 1f), new Alternative(word.Written, _ranking.CorrectionWeight)]);
        }

        if (reader is not null && _ranking.WordFamilyWeight > 0 && StemOf(word.Written) is { } own
            && WordFamilies.Of(reader, own, _ranking.WordFamilyMinShare, _ranking.WordFamilyMaxRatio) is { Count: > 0 } family)
        {
            alternatives.AddRange(family.Select(member => new Alternative(member, _ranking.WordFamilyWeight) { FamilyStem = true }));
            expansions.Add($"{word.Normal} → {string.Join(" | ", family.Select(member => member + "…"))} (word family)");
        }

        return new Concept([word.Normal], alternatives);
    }

    /// <summary>A synonym-list group matched by <paramref name="typed"/>: every member counts the same.</summary>
    private static Concept SynonymGroup(IReadOnlyList<string> typed, IReadOnlyList<string> group, List<string> expansions)
    {
        expansions.Add($"{string.Join(' ', typed)} → {string.Join(" | ", group)}");
        return new Concept(typed, group.Select(m => new Alternative(m, 1f)).ToList());
    }

    /// <summary>Every learned acronym with the expansions searches use, marked when the synonym list has it instead.</summary>
    public IReadOnlyList<LearnedAcronym> LearnedAcronyms(IndexReader reader) => _acronyms.All(reader);

    /// <summary>The indexed stem of one word, or <c>null</c> when the analyzer makes none or several tokens of it.</summary>
    private string? StemOf(string word) => _analyzer is FrenchNewsAnalyzer french && french.Tokens(word) is [var stem] ? stem : null;

    /// <summary>The words of a text as written (the analyzer's written forms), each with the text it was read from.</summary>
    public List<(string Normal, string Written)> Normalise(string text)
    {
        var words = new List<(string, string)>();
        using var stream = _analyzer.GetTokenStream(FrenchNewsAnalyzer.WrittenFormsField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = Math.Clamp(offset.StartOffset, 0, text.Length);
            var end = Math.Clamp(offset.EndOffset, start, text.Length);
            words.Add((term.ToString(), text[start..end]));
        }

        stream.End();
        return words;
    }
}
