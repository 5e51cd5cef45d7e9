using System.Xml;
using System.Xml.Linq;

namespace NewsSearch.Fetching;

/// <summary>Reads the list of feeds to follow: OPML, the format feed readers import and export
/// (<c>&lt;outline type="rss" text="OUTLET" xmlUrl="URL"/&gt;</c>, nested outlines included), or plain text with one
/// feed address per line (<c>#</c> starts a comment).</summary>
public static class SourcesFile
{
    /// <summary>Reads the feeds of a sources file, each address once, in file order.</summary>
    /// <exception cref="ArgumentException">The file is missing or unreadable, lists no feed, or lists an address that
    /// is not an absolute http(s) URL.</exception>
    public static IReadOnlyList<FeedSource> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"The sources file {path} cannot be read: {e.Message}", nameof(path), e);
        }

        var feeds = Parse(text, path);
        return feeds.Count > 0 ? feeds : throw new ArgumentException($"The sources file {path} lists no feed.", nameof(path));
    }

    /// <summary>Parses the text of a sources file (OPML when it starts with <c>&lt;</c>, else one address per line).</summary>
    public static IReadOnlyList<FeedSource> Parse(string text, string name = "sources")
    {
        ArgumentNullException.ThrowIfNull(text);
        var feeds = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<') ? FromOpml(text, name) : FromLines(text, name);
        return feeds.DistinctBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<FeedSource> FromOpml(string text, string name)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ArgumentException($"The sources file {name} is not valid OPML (line {e.LineNumber}): {e.Message}", nameof(text), e);
        }

        // Folders are outlines without xmlUrl: only the ones that name a feed count.
        foreach (var outline in document.Descendants().Where(e => e.Name.LocalName == "outline"))
        {
            var url = Attribute(outline, "xmlUrl");
            if (url is null)
            {
                continue;
            }

            var outlet = Attribute(outline, "text") ?? Attribute(outline, "title");
            yield return new FeedSource(ToUri(url, name, ((IXmlLineInfo)outline).LineNumber), outlet);
        }
    }

    private static IEnumerable<FeedSource> FromLines(string text, string name)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return new FeedSource(ToUri(line, name, number));
            }
        }
    }

    private static Uri ToUri(string url, string name, int line) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ArgumentException($"The sources file {name} line {line}: '{url}' is not an http or https address.", nameof(url));

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value is { } value
        && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
