using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Search.Matching;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Finds the words and names most over-represented in a query's match set. The index keeps stems, not the
/// words as written, and no term vectors; so the best-ranked matching articles (a sample) are read and analysed again
/// to find candidates and their written forms, then the candidates that look most significant are counted exactly,
/// over the whole match set and the whole index, from the postings, and scored (<see cref="Significance"/>).</summary>
internal sealed class CharacteristicTerms(QueryBuilder queries)
{
    /// <summary>How many candidates per term asked for are counted exactly: words, then names (a name's count is a
    /// phrase query over the whole index, the dearest part of an answer).</summary>
    private const int WordCandidatesPerTerm = 3;
    private const int NameCandidatesPerTerm = 1;

    /// <summary>The share of the sample a candidate must be found in (besides <see cref="MinimumArticles"/>): a
    /// word in a handful of the best matches is unlikely to characterise them all, and looking each up costs.</summary>
    private const double SampleShare = 0.01;

    /// <summary>A word also shown within a listed name is left out when the name holds most of its uses.</summary>
    private const double SubsumedShare = 0.8;

    /// <summary>Candidates looked up in the term dictionary at once.</summary>
    private const int LookUpBatch = 256;

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

        var sample = new SampleReader(QueryWords.Of(matchSet.Plan.Query));
        var top = searcher.Search(matching, matchSet.Filter, request.SampleSize);
        // Stored fields read in index order: the file is read forwards instead of jumping back and forth.
        foreach (var doc in top.ScoreDocs.Select(h => h.Doc).Order())
        {
            sample.Read(searcher, doc);
        }

        var minimum = MinimumArticles(size);
        var inSample = Math.Min(Math.Max(minimum, (int)Math.Ceiling(sample.Articles * SampleShare)), sample.Articles);
        var eligible = (Candidate c) => c.SampleArticles >= inSample && c.UsesBesideQuery < GluedShare * c.Uses;
        var words = sample.Words.Values.Where(eligible).ToList();
        var names = sample.Names.Values.Where(eligible).ToList();
        var estimate = new Estimate((double)size / sample.Articles, size, reader.NumDocs);
        var likelyWords = Likeliest(words, request.Top * WordCandidatesPerTerm, estimate, batch =>
        {
            var inIndex = BackgroundFrequencies.Of(reader, batch.Select(c => c.Stems[0]));
            return c => inIndex[c.Stems[0]];
        });
        var wordCounts = ExactCounts.OfWords(reader, likelyWords.Select(c => c.Stems[0]), members);
        var likelyNames = Likeliest(names, request.Top * NameCandidatesPerTerm, estimate, batch =>
        {
            var inIndex = BackgroundFrequencies.Of(reader, batch.SelectMany(c => c.Stems.Where(s => s.Length > 0)));
            return c => c.Stems.Where(s => s.Length > 0).Min(s => inIndex[s]);
        });
        var scored = likelyWords.Select(c => Scored(c, wordCounts[c.Stems[0]], size, reader.NumDocs))
            .Concat(likelyNames.Select(c => Scored(c, ExactCounts.OfName(searcher, c.Stems, members), size, reader.NumDocs)))
            .Where(t => t.Term.Matches >= minimum && t.Term.Score > 0)
            .ToList();
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
    /// dictionary (for a name, from its rarest word, an upper bound of its own count), is highest. The term dictionary
    /// is read in batches of candidates, most frequent in the sample first, and no further once the best score a
    /// candidate could have (were it found nowhere but in the matches) is below the last kept: over a broad match set,
    /// most rare words of the sample can never rank, and are never looked up.</summary>
    private static List<Candidate> Likeliest(List<Candidate> candidates, int count, Estimate estimate, Func<IReadOnlyList<Candidate>, Func<Candidate, int>> lookUp)
    {
        var ordered = candidates.OrderByDescending(c => c.SampleArticles).ThenBy(c => string.Join(' ', c.Stems), StringComparer.Ordinal).ToList();
        var kept = new List<(Candidate Candidate, double Score)>();
        for (var from = 0; from < ordered.Count; from += LookUpBatch)
        {
            var bound = Significance.Jlh(estimate.Matches(ordered[from]), estimate.Size, estimate.Matches(ordered[from]), estimate.Background);
            if (kept.Count >= count && bound < kept[count - 1].Score)
            {
                break;
            }

            var batch = ordered.GetRange(from, Math.Min(LookUpBatch, ordered.Count - from));
            var inIndex = lookUp(batch);
            kept.AddRange(batch.Select(c => (c, Significance.Jlh(estimate.Matches(c), estimate.Size, inIndex(c), estimate.Background))));
            kept = [.. kept.OrderByDescending(c => c.Score).ThenByDescending(c => c.Candidate.SampleArticles).ThenBy(c => string.Join(' ', c.Candidate.Stems), StringComparer.Ordinal).Take(count)];
        }

        return [.. kept.Select(c => c.Candidate)];
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

    /// <summary>How a sample count scales to the match set, and the sizes a score compares.</summary>
    private readonly record struct Estimate(double Scale, int Size, int Background)
    {
        /// <summary>The matching articles a candidate is estimated to be in.</summary>
        public int Matches(Candidate candidate) => Math.Max(1, (int)Math.Round(candidate.SampleArticles * Scale));
    }
}
