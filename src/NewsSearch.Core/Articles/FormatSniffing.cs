using System.Text;

namespace NewsSearch.Articles;

/// <summary>Recognises a file's format from its first bytes, so a feed saved as <c>.txt</c> or a page without
/// extension is still read as what it is.</summary>
internal static class FormatSniffing
{
    /// <summary>The start of the text, lower-cased, without BOM and leading whitespace.</summary>
    public static string Start(ReadOnlySpan<byte> head, int length = 1024)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (head.StartsWith(bom))
        {
            head = head[3..];
        }

        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, length)]);
        return text.TrimStart().ToLowerInvariant();
    }

    public static bool HasExtension(string path, params string[] extensions)
    {
        var extension = Path.GetExtension(path);
        return extensions.Any(e => extension.Equals(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An object starting on the first line and closing on it (or running past the head): one article per line.</summary>
    public static bool IsJsonLines(ReadOnlySpan<byte> head)
    {
        var start = Start(head, head.Length);
        if (!start.StartsWith('{'))
        {
            return false;
        }

        var end = start.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = (end < 0 ? start : start[..end]).TrimEnd();
        return firstLine.Length > 1 && (end < 0 || firstLine.EndsWith('}'));
    }

    public static bool IsJsonDocument(ReadOnlySpan<byte> head) => Start(head) is ['[' or '{', ..];

    public static bool IsFeed(ReadOnlySpan<byte> head)
    {
        var start = Start(head);
        return start.StartsWith('<') && (start.Contains("<rss", StringComparison.Ordinal)
            || start.Contains("<feed", StringComparison.Ordinal) || start.Contains("<rdf:rdf", StringComparison.Ordinal));
    }

    public static bool IsHtml(ReadOnlySpan<byte> head)
    {
        var start = Start(head);
        return start.StartsWith('<') && !IsFeed(head)
            && (start.Contains("<!doctype html", StringComparison.Ordinal) || start.Contains("<html", StringComparison.Ordinal));
    }
}
