using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Snippets;

/// <summary>Builds a hit's snippet with Lucene's highlighter: the best passage of the body (about 200 characters,
/// cut at word boundaries, <c>…</c> where cut), matched words marked. The highlighter re-analyses the stored text,
/// so a stemmed or unaccented match marks the word as written.</summary>
internal sealed class SnippetBuilder
{
    /// <summary>Target passage length in characters.</summary>
    public const int FragmentLength = 200;

    /// <summary>The longest snippet, in characters of text (marks and escapes aside), ellipses apart.</summary>
    public const int MaxLength = FragmentLength * 2;

    private const string Ellipsis = "…";
    private readonly Analyzer _analyzer;

    public SnippetBuilder(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>Prepares the highlighter for one query; reuse it for every hit of a page.</summary>
    public Func<string, string> ForQuery(Query query, Lucene.Net.Index.IndexReader reader)
    {
        if (HighlightQuery.On(query, FieldNames.Body) is not { } marked)
        {
            // Nothing of the query is in the body (a title-only search): every snippet is the opening.
            return Opening;
        }

        // The highlighter weighs each query term by its rarity, looking it up in the index for every hit; for a query
        // of single terms the weights are the same for every hit, so they are worked out once here.
        var scorer = HighlightQuery.IsTermsOnly(marked)
            ? new QueryScorer(new WeightedSpanTermExtractor()
                .GetWeightedSpanTermsWithScores(marked, new EmptyTokenStream(), FieldNames.Body, reader).Values.ToArray())
            : new QueryScorer(marked, reader, FieldNames.Body);
        var highlighter = new Highlighter(new MarkFormatter(), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SpanFragmenter(scorer, FragmentLength),
            MaxDocCharsToAnalyze = 100_000,
        };
        return body => Build(highlighter, body);
    }

    /// <summary>The body's opening, for hits whose body has no match.</summary>
    public static string Opening(string body)
    {
        var text = Flatten(body);
        if (text.Length <= FragmentLength)
        {
            return HtmlTextEncoder.Encode(text);
        }

        var cut = text.LastIndexOf(' ', FragmentLength);
        return HtmlTextEncoder.Encode(text[..(cut > FragmentLength / 2 ? cut : FragmentLength)].TrimEnd(',', ';', ':', ' ')) + " " + Ellipsis;
    }

    private string Build(Highlighter highlighter, string body)
    {
        if (body.Length == 0)
        {
            return "";
        }

        TextFragment[] fragments;
        try
        {
            using var tokens = _analyzer.GetTokenStream(FieldNames.Body, body);
            fragments = highlighter.GetBestTextFragments(tokens, body, mergeContiguousFragments: false, maxNumFragments: 2);
        }
        catch (InvalidTokenOffsetsException)
        {
            return Opening(body);
        }

        var best = fragments
            .Where(f => f is not null && f.Score > 0)
            .OrderByDescending(f => f.Score)
            .Select(f => Passage.Locate(f.ToString(), body))
            .ToList();
        if (best.Count == 0)
        {
            return Opening(body);
        }

        // One passage, or two when the best one is short (end of the body) and another also matches; never more than
        // two passages' length in all.
        var chosen = best[0].Length < FragmentLength * 2 / 3 && best.Count > 1 && best[0].Length + best[1].Length <= MaxLength
            ? best.Take(2).OrderBy(p => p.Start).ToList()
            : [best[0]];

        var parts = new List<string>();
        var end = 0;
        foreach (var passage in chosen)
        {
            parts.Add((passage.Start > end ? Ellipsis + " " : "") + Flatten(passage.Markup));
            end = passage.Start + passage.Length;
        }

        var snippet = string.Join(" ", parts);
        return end < body.TrimEnd().Length ? snippet + " " + Ellipsis : snippet;
    }

    /// <summary>One line of text: paragraph breaks and runs of spaces become single spaces.</summary>
    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
