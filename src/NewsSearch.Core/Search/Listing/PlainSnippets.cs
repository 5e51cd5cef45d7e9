using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Search.Listing;

/// <summary>Snippets for exports, which may build a million of them: plain text around the first word of the body that
/// matches the query (the body analysed only up to there), about as long as a search's snippet, cut at spaces with
/// <c>…</c> where cut. A search's highlighter analyses and scores the whole body to pick the best passage: on a broad
/// query of the corpus its snippet cost ten times this one's, five times the whole row's (tests/bench/export-README.md);
/// for a row in a spreadsheet the first mention tells as much.</summary>
internal sealed class PlainSnippets(Analyzer analyzer)
{
    private const int Before = 60;

    /// <summary>How much of a body is searched for a match: a body that holds none in its opening gets the opening.</summary>
    private const int SearchedChars = 1500;

    /// <summary>The snippet function for one query: the body's opening when nothing of the query is in the body.</summary>
    public Func<string, string> ForQuery(Query query, IndexSearcher searcher)
    {
        if (HighlightQuery.On(query, FieldNames.Body) is not { } marked)
        {
            return Opening;
        }

        var terms = new HashSet<Term>();
        searcher.Rewrite(marked).ExtractTerms(terms);
        var words = terms.Where(t => t.Field == FieldNames.Body).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return Opening;
        }

        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        return body => Around(body, FirstMatch(body, lookup));
    }

    /// <summary>The opening of the body, as plain text.</summary>
    public static string Opening(string body) => Around(body, null);

    private (int Start, int End)? FirstMatch(string body, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        using var tokens = analyzer.GetTokenStream(FieldNames.Body, new StringReader(body.Length <= SearchedChars ? body : body[..SearchedChars]));
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offsets = tokens.AddAttribute<IOffsetAttribute>();
        tokens.Reset();
        (int, int)? found = null;
        while (found is null && tokens.IncrementToken())
        {
            if (words.Contains(term.Buffer.AsSpan(0, term.Length)))
            {
                found = (offsets.StartOffset, offsets.EndOffset);
            }
        }

        tokens.End();
        return found;
    }

    /// <summary>About <see cref="SnippetBuilder.FragmentLength"/> characters of the body on one line, starting a little
    /// before the match (at the start without one), cut at spaces.</summary>
    private static string Around(string body, (int Start, int End)? match)
    {
        var length = SnippetBuilder.FragmentLength;
        var start = match is { } m ? Math.Max(0, m.Start - Before) : 0;
        if (start > 0)
        {
            var space = body.IndexOfAny([' ', '\n', '\t'], start);
            start = space >= 0 && space < (match?.Start ?? start) ? space + 1 : start;
        }

        var end = Math.Min(body.Length, start + length);
        if (end < body.Length)
        {
            var space = body.LastIndexOfAny([' ', '\n', '\t'], end);
            end = space > Math.Max(start + (length / 2), match?.End ?? 0) ? space : end;
        }

        var text = string.Join(' ', body[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (start > 0 ? "… " : "") + text + (end < body.TrimEnd().Length ? " …" : "");
    }
}
