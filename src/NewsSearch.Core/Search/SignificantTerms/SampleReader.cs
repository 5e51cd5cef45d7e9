using Lucene.Net.Documents;
using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.SignificantTerms;

/// <summary>Reads the stored title and body of the sampled articles and finds in them the candidate words (every
/// indexed word that is not a stop word, a number or a query word) and names (<see cref="NameFinder"/>).</summary>
internal sealed class SampleReader(ISet<string> queryStems)
{
    private readonly WrittenTokens _tokens = new();
    private readonly Dictionary<string, bool> _usable = new(StringComparer.Ordinal);

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
        var tokens = _tokens.Read(text);
        var kept = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var written = text.AsSpan(token.Start, token.End - token.Start);
            kept[i] = IsUsable(written) && !queryStems.Contains(token.Stem);
            if (kept[i])
            {
                if (!Words.TryGetValue(token.Stem, out var word))
                {
                    Words[token.Stem] = word = new Candidate([token.Stem], isName: false);
                }

                word.Add(article, written);
            }
        }

        foreach (var name in NameFinder.In(text, tokens, kept, queryStems.Contains))
        {
            if (name.Usable)
            {
                var key = string.Join(' ', name.Slots);
                if (!Names.TryGetValue(key, out var candidate))
                {
                    Names[key] = candidate = new Candidate(name.Slots, isName: true);
                }

                candidate.Add(article, text.AsSpan(name.Start, name.End - name.Start));
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

    /// <summary>Whether a written word may be listed: two characters or more, a letter among them, no stop word
    /// (remembered per written form: most forms recur).</summary>
    private bool IsUsable(ReadOnlySpan<char> written)
    {
        var known = _usable.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(written, out var usable))
        {
            var text = written.ToString();
            usable = text.Length >= 2 && text.Any(char.IsLetter) && !TermStopWords.Contains(text);
            known[written] = usable;
        }

        return usable;
    }

    /// <summary>Counts one use of a word or name written beside a query word.</summary>
    private static void Glue(Candidate? candidate)
    {
        if (candidate is not null)
        {
            candidate.UsesBesideQuery++;
        }
    }
}
