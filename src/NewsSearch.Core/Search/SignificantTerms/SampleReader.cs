using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Reads the stored title and body of the sampled articles and finds in them the candidate words (every
/// indexed word that is not a stop word, a number or a query word) and names (<see cref="NameFinder"/>).</summary>
internal sealed class SampleReader(Analyzer analyzer, ISet<string> queryStems)
{
    public Dictionary<string, Candidate> Words { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Candidate> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Articles read.</summary>
    public int Articles { get; private set; }

    public void Read(IndexSearcher searcher, int doc)
    {
        var visitor = new DocumentStoredFieldVisitor(FieldNames.Marked);
        searcher.Doc(doc, visitor);
        var article = Articles++;
        foreach (var field in FieldNames.Marked)
        {
            if (visitor.Document.Get(field) is { Length: > 0 } text)
            {
                Text(article, text);
            }
        }
    }

    private void Text(int article, string text)
    {
        var tokens = WrittenTokens.Read(analyzer, text);
        var kept = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var written = text[token.Start..token.End];
            kept[i] = written.Length >= 2 && written.Any(char.IsLetter) && !queryStems.Contains(token.Stem) && !TermStopWords.Contains(written);
            if (kept[i])
            {
                Count(Words, [token.Stem], isName: false, article, written);
            }
        }

        foreach (var name in NameFinder.In(text, tokens, kept, queryStems.Contains))
        {
            if (name.Usable)
            {
                Count(Names, name.Slots, isName: true, article, text[name.Start..name.End]);
            }
            else if (name.Glued is { } glued)
            {
                Glue(glued.Length == 1 ? null : Names.GetValueOrDefault(string.Join(' ', glued)));
                foreach (var stem in glued.Where(s => s.Length > 0))
                {
                    Glue(Words.GetValueOrDefault(stem));
                }
            }
        }
    }

    /// <summary>Counts one use of a word or name written beside a query word.</summary>
    private static void Glue(Candidate? candidate)
    {
        if (candidate is not null)
        {
            candidate.UsesBesideQuery++;
        }
    }

    private static void Count(Dictionary<string, Candidate> candidates, string[] stems, bool isName, int article, string written)
    {
        var key = string.Join(' ', stems);
        if (!candidates.TryGetValue(key, out var candidate))
        {
            candidates[key] = candidate = new Candidate(stems, isName);
        }

        candidate.Add(article, written);
    }
}
