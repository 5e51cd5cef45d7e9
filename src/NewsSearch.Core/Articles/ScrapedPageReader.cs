using System.Text.RegularExpressions;

namespace NewsSearch.Articles;

/// <summary>Reads scraped news page text: a headline ticker, site boilerplate, then the article
/// (title, <c>Publié dans SOURCE le DATE</c>, body, footer). Only the article becomes the document.</summary>
internal sealed partial class ScrapedPageReader : IArticleReader
{
    // A "Publié dans … le …" line is short; longer lines are not tried, so the backtracking of its pattern stays cheap
    // on hostile single-line files.
    private const int MaxPublishedLineLength = 400;

    public bool Streams => false;

    /// <summary>Plain text: <c>.txt</c>, or a file without extension (the last reader asked, after the markup and JSON ones).</summary>
    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.HasExtension(path, ".txt", ".text") || Path.GetExtension(path).Length == 0;

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken)
    {
        ReadResult result;
        try
        {
            var text = TextDecoding.Decode(File.ReadAllBytes(path));
            result = Parse(Path.GetFileNameWithoutExtension(path), text) is { } article
                ? ReadResult.Of(article)
                : ReadResult.Skip(path, null, "no title and no body");
        }
        catch (IOException e)
        {
            result = ReadResult.Skip(path, null, $"unreadable: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            result = ReadResult.Skip(path, null, $"unreadable: {e.Message}");
        }

        yield return result;
    }

    /// <summary>Extracts the article from a page's text, or returns <c>null</c> when it holds neither title nor body.</summary>
    internal static NewsArticle? Parse(string id, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var dateLine = Array.FindIndex(lines, l => l.Length <= MaxPublishedLineLength && PublishedLine().IsMatch(l));

        string title;
        string? source = null;
        DateOnly? published = null;
        int bodyStart;
        if (dateLine >= 0)
        {
            var match = PublishedLine().Match(lines[dateLine]);
            source = match.Groups["source"].Value.Trim();
            published = FrenchDates.Parse(match.Groups["date"].Value);
            var titleLine = LastContentLineBefore(lines, dateLine);
            title = titleLine >= 0 ? Clean(lines[titleLine]) : "";
            bodyStart = dateLine + 1;
        }
        else
        {
            // No date line: the title is the first line that is neither the ticker nor boilerplate.
            var titleLine = NextContentLine(lines, 0);
            title = titleLine >= 0 ? Clean(lines[titleLine]) : "";
            bodyStart = titleLine + 1;
        }

        var paragraphs = new List<string>();
        for (var i = Math.Max(bodyStart, 0); i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (Footer().IsMatch(line))
            {
                break;
            }

            if (line.Length > 0 && !IsBoilerplate(line) && !IsTicker(lines[i]))
            {
                paragraphs.Add(line);
            }
        }

        var body = string.Join("\n\n", paragraphs);
        if (title.Length == 0 && body.Length == 0)
        {
            return null;
        }

        return new NewsArticle
        {
            Id = id,
            Title = title,
            Body = body,
            Source = string.IsNullOrEmpty(source) ? null : source,
            Published = published,
            Lang = "fr",
        };
    }

    private static int LastContentLineBefore(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var line = Clean(lines[i]);
            if (line.Length > 0)
            {
                return IsTicker(lines[i]) || IsBoilerplate(line) ? -1 : i;
            }
        }

        return -1;
    }

    private static int NextContentLine(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length > 0 && !IsTicker(lines[i]) && !IsBoilerplate(line) && !Footer().IsMatch(line))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The ticker is one line of several headlines separated by runs of spaces.</summary>
    private static bool IsTicker(string rawLine) => TickerSeparator().Count(rawLine) >= 2;

    private static bool IsBoilerplate(string line) => Boilerplate().IsMatch(line);

    private static string Clean(string line) => line.Trim().Trim('\uFEFF', '\u00A0').Trim();

    // The outlet's name may itself hold " le " ("Le Monde", "Sud Quotidien le journal du Sénégal"): the date is the
    // last "le" followed by a day (after an optional weekday, before an optional time), so the name is matched greedily up to it.
    [GeneratedRegex(@"^\s*Publi[ée]e?\s+(?:dans|par|sur)\s+(?<source>.+)\s+le\s+(?<date>(?:\p{L}+\s+)?\d{1,2}(?:er)?\b.*\d{4}(?:,?\s+(?:à|a)?\s*\d{1,2}[:h]\d{2})?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"\S(?: {3,}|\t+)\S")]
    private static partial Regex TickerSeparator();

    [GeneratedRegex(@"^(?:Merci d['’]avoir signalé\s*!?|Cette image sera automatiquement bloquée.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"^Cliquez ici pour lire l['’]article depuis sa source", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();
}
