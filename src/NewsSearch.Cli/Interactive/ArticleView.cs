using System.Text;
using NewsSearch.Articles;
using NewsSearch.Cli.Output;

namespace NewsSearch.Cli.Interactive;

/// <summary>An article as lines for the pager: title, source and date, address, then the body paragraph by
/// paragraph, wrapped to the terminal's width, the query's words highlighted.</summary>
internal static class ArticleView
{
    public static IReadOnlyList<string> Lines(NewsArticle article, string? query, ConsoleView view)
    {
        var lines = new List<string>
        {
            "",
            view.Paint(ConsoleView.Plain(article.Title), Terminal.Bold),
            view.Paint(ConsoleView.Meta(article.Source, article.Published, article.Id), Terminal.Accent),
        };
        if (!string.IsNullOrEmpty(article.Url))
        {
            lines.Add(view.Paint(ConsoleView.Plain(article.Url), Terminal.Dim));
        }

        var terms = view.Colour ? BodyHighlighter.Terms(query) : new HashSet<string>();
        foreach (var paragraph in Paragraphs(article.Body))
        {
            lines.Add("");
            var matches = BodyHighlighter.Matches(paragraph, terms);
            foreach (var (start, end) in Wrap(paragraph, view.Width))
            {
                lines.Add(Highlight(paragraph, start, end, matches, view));
            }
        }

        return lines;
    }

    private static IEnumerable<string> Paragraphs(string body) =>
        body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => ConsoleView.Plain(p.Trim()))
            .Where(p => p.Trim().Length > 0);

    /// <summary>Line ranges of a paragraph, broken at spaces to fit <paramref name="width"/> (0: one line).</summary>
    internal static IEnumerable<(int Start, int End)> Wrap(string text, int width)
    {
        if (width <= 0 || text.Length <= width)
        {
            yield return (0, text.Length);
            yield break;
        }

        var start = 0;
        while (start < text.Length)
        {
            if (text.Length - start <= width)
            {
                yield return (start, text.Length);
                yield break;
            }

            var cut = text.LastIndexOf(' ', start + width, width);
            var end = cut > start ? cut : start + width;
            yield return (start, end);
            start = end;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }
    }

    private static string Highlight(string text, int start, int end, IReadOnlyList<Range> matches, ConsoleView view)
    {
        var line = new StringBuilder();
        var at = start;
        foreach (var match in matches)
        {
            var (from, to) = (Math.Max(match.Start.Value, start), Math.Min(match.End.Value, end));
            if (from >= to || from < at)
            {
                continue;
            }

            line.Append(text, at, from - at).Append(view.Paint(text[from..to], Terminal.Highlight));
            at = to;
        }

        return line.Append(text, at, end - at).ToString();
    }
}
