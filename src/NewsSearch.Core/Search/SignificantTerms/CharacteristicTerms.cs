using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Indexing;
using NewsSearch.Search.Matching;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Finds the words and names most over-represented in a query's match set. The index keeps stems, not the
/// words as written, and no term vectors; so the best-ranked matching articles (a sample) are read and analysed again
/// to find candidates and their written forms, then the candidates that look most significant are counted exactly,
/// over the whole match set and the whole index, from the postings, and scored (<see cref="Significance"/>).</summary>
internal sealed class CharacteristicTerms(QueryBuilder queries, Analyzer analyzer)
{
    /// <summary>How many candidates per term asked for are counted exactly: words, then names.</summary>
    private const int WordCandidatesPerTerm = 3;
    private const int NameCandidatesPerTerm = 2;

    /// <summary>A word also shown within a listed name is left out when the name holds most of its uses.</summary>
    private const double SubsumedShare = 0.8;

    /// <summary>A word is part of the query's own name when it stands beside a query word this often.</summary>
    private const double GluedShare = 0.5;

    public TermsResults Find(IndexSearcher searcher, TermsRequest request)
    {
        request.Validate();
        var clock = Stopwatch.StartNew();
        var reader = searcher.IndexReader;
        var matchSet = MatchSet.Resolve(queries, searcher, request.Query, request.Search);
        var members = matchSet.Matching is null ? null : MatchMembers.Of(searcher, matchSet.Matching, matchSet.Filter);
        var size = members?.Cardinality ?? 0;
        var results = new TermsResults { Query = request.Query, Matches = size, Background = reader.NumDocs, Sampled = 0, Terms = [], Notices = matchSet.Notices };
        if (matchSet.Matching is not { } matching || members is null || size == 0)
        {
            return results with { Elapsed = clock.Elapsed };
        }

        var sample = new SampleReader(analyzer, QueryWords.Of(matchSet.Plan.Query));
        var top = searcher.Search(matching, matchSet.Filter, request.SampleSize);
        // Stored fields read in index order: the file is read forwards instead of jumping back and forth.
        foreach (var doc in top.ScoreDocs.Select(h => h.Doc).Order())
        {
            sample.Read(searcher, doc);
        }

        var minimum = MinimumArticles(size);
        var scale = (double)size / sample.Articles;
        var words = Likeliest(sample.Words.Values, request.Top * WordCandidatesPerTerm, minimum, sample.Articles, c => DocFreq(reader, c.Stems[0]), scale, size, reader.NumDocs)
            .Select(c => Scored(c, ExactCounts.OfWord(reader, c.Stems[0], members), size, reader.NumDocs));
        var names = Likeliest(sample.Names.Values, request.Top * NameCandidatesPerTerm, minimum, sample.Articles, c => c.Stems.Where(s => s.Length > 0).Min(s => DocFreq(reader, s)), scale, size, reader.NumDocs)
            .Select(c => Scored(c, ExactCounts.OfName(searcher, c.Stems, members), size, reader.NumDocs));

        var scored = words.Concat(names).Where(t => t.Term.Matches >= minimum && t.Term.Score > 0).ToList();
        return results with
        {
            Sampled = sample.Articles,
            Terms = [.. WithoutSubsumed(scored)
                .OrderByDescending(t => t.Term.Score).ThenByDescending(t => t.Term.Matches).ThenBy(t => t.Term.Term, StringComparer.Ordinal)
                .Take(request.Top).Select(t => t.Term)],
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>The fewest matching articles a term must be in: a word in two of three articles says little, in two
    /// of three hundred less still.</summary>
    private static int MinimumArticles(int matches) => matches switch
    {
        < 4 => 1,
        < 30 => 2,
        _ => 3,
    };

    /// <summary>The candidates worth an exact count: those whose score, estimated from the sample and the term
    /// dictionary (or its upper bound for a name's background), is highest.</summary>
    /// <remarks>A word mostly written as the other half of a name holding a query word (<c>Emmanuel</c> for
    /// <c>Macron</c>) is part of what was asked for, not something the articles add: it is no candidate.</remarks>
    private static IEnumerable<Candidate> Likeliest(IEnumerable<Candidate> candidates, int count, int minimum, int sampled,
        Func<Candidate, int> background, double scale, int size, int backgroundSize)
    {
        return candidates
            .Where(c => c.SampleArticles >= Math.Min(minimum, sampled) && c.UsesBesideQuery < GluedShare * c.Uses)
            .Select(c => (Candidate: c, Estimate: Significance.Jlh((int)Math.Round(c.SampleArticles * scale), size, background(c), backgroundSize)))
            .OrderByDescending(c => c.Estimate).ThenByDescending(c => c.Candidate.SampleArticles).ThenBy(c => string.Join(' ', c.Candidate.Stems), StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Candidate);
    }

    private static (CharacteristicTerm Term, Candidate Candidate) Scored(Candidate candidate, (int Matches, int Background) counts, int size, int backgroundSize) =>
        (new CharacteristicTerm(candidate.Written, counts.Matches, counts.Background,
            Math.Round(Significance.Jlh(counts.Matches, size, counts.Background, backgroundSize), 4), candidate.IsName), candidate);

    /// <summary>Leaves out a word or name that is part of a listed longer name when most of its matching articles are
    /// the longer name's (<c>Rebellion</c> beside <c>Extinction Rebellion</c>, <c>Unis</c> beside <c>États-Unis</c>).</summary>
    private static IEnumerable<(CharacteristicTerm Term, Candidate Candidate)> WithoutSubsumed(List<(CharacteristicTerm Term, Candidate Candidate)> terms)
    {
        var names = terms.Where(t => t.Term.IsName).ToList();
        return terms.Where(t => !names.Any(n => n.Candidate.Stems.Length > t.Candidate.Stems.Length
            && n.Candidate.Stems.AsSpan().IndexOf(t.Candidate.Stems) >= 0 && n.Term.Matches >= SubsumedShare * t.Term.Matches));
    }

    /// <summary>The articles holding a stem in title or body, at least: the larger of the two fields' counts.</summary>
    private static int DocFreq(IndexReader reader, string stem) =>
        Math.Max(reader.DocFreq(new Term(FieldNames.Title, stem)), reader.DocFreq(new Term(FieldNames.Body, stem)));
}
