using System.Xml;
using System.Xml.Linq;

namespace NewsSearch.Articles;

/// <summary>Reads RSS 2.0 (and RSS 1.0) and Atom feeds with System.Xml.Linq: one article per item or entry; the
/// channel or feed title is the outlet; HTML in descriptions and contents becomes plain paragraphs.</summary>
internal sealed class FeedReader : IArticleReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public bool Streams => false;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        FormatSniffing.IsFeed(head) || (FormatSniffing.HasExtension(path, ".rss", ".atom", ".xml") && !FormatSniffing.IsHtml(head));

    public IEnumerable<ReadResult> Read(string path, CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            // No DTDs, no external entities: a feed is data from elsewhere.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CloseInput = true };
            using var reader = XmlReader.Create(File.OpenRead(path), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return [ReadResult.Skip(path, e.LineNumber > 0 ? e.LineNumber : null, $"invalid XML: {e.Message}")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Skip(path, null, $"unreadable: {e.Message}")];
        }

        return Parse(path, document.Root!);
    }

    internal static List<ReadResult> Parse(string path, XElement root)
    {
        var atom = root.Name == Atom + "feed";
        if (!atom && root.Name.LocalName is not ("rss" or "RDF"))
        {
            return [ReadResult.Skip(path, null, $"unsupported format (XML root <{root.Name.LocalName}> is neither RSS nor Atom)")];
        }

        var channel = atom ? root : root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var source = atom ? Text(root.Element(Atom + "title")) : Plain(Child(channel, "title"));
        var lang = Language(channel.Attribute(XNamespace.Xml + "lang")?.Value ?? Child(channel, "language")?.Value);
        var items = atom ? root.Elements(Atom + "entry") : root.Descendants().Where(e => e.Name.LocalName == "item");
        var results = new List<ReadResult>();
        foreach (var item in items)
        {
            var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
            var article = atom ? FromEntry(item, source, lang) : FromItem(item, source, lang);
            results.Add(article is not null ? ReadResult.Of(article) : ReadResult.Skip(path, line, "no title and no body"));
        }

        return results.Count > 0 ? results : [ReadResult.Skip(path, null, "feed without items")];
    }

    private static NewsArticle? FromItem(XElement item, string? source, string? lang)
    {
        var title = Plain(Child(item, "title")) ?? "";
        var body = Html(Child(item, "encoded") ?? Child(item, "description"));
        var url = Child(item, "link")?.Value.Trim();
        var guid = Child(item, "guid")?.Value.Trim();
        var date = FrenchDates.Parse(Child(item, "pubDate")?.Value) ?? FrenchDates.Parse(Child(item, "date")?.Value);
        return Build(guid, url, title, body, source, date, lang);
    }

    private static NewsArticle? FromEntry(XElement entry, string? source, string? lang)
    {
        var title = Text(entry.Element(Atom + "title")) ?? "";
        var body = Text(entry.Element(Atom + "content")) ?? Text(entry.Element(Atom + "summary")) ?? "";
        var links = entry.Elements(Atom + "link").ToList();
        var url = (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value;
        var date = FrenchDates.Parse(entry.Element(Atom + "published")?.Value) ?? FrenchDates.Parse(entry.Element(Atom + "updated")?.Value);
        return Build(entry.Element(Atom + "id")?.Value.Trim(), url, title, body, source, date, Language(entry.Attribute(XNamespace.Xml + "lang")?.Value) ?? lang);
    }

    private static NewsArticle? Build(string? id, string? url, string title, string body, string? source, DateOnly? date, string? lang)
    {
        if (title.Length == 0 && body.Length == 0)
        {
            return null;
        }

        url = string.IsNullOrWhiteSpace(url) ? null : url;
        return new NewsArticle
        {
            // The guid or entry id, else the link, else a hash of the text: stable across runs either way.
            Id = !string.IsNullOrEmpty(id) ? id : url ?? ContentIds.Of(title, body),
            Title = title,
            Body = body,
            Source = source,
            Published = date,
            Url = url,
            Lang = lang,
        };
    }

    /// <summary>An Atom text construct: <c>type="text"</c> as is, <c>html</c> and <c>xhtml</c> through the HTML parser.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (string?)element.Attribute("type") ?? "text";
        var text = type switch
        {
            "xhtml" => HtmlText.FromFragment(string.Concat(element.Nodes().Select(n => n.ToString()))),
            "html" or "text/html" => HtmlText.FromFragment(element.Value),
            _ => HtmlText.Normalize(element.Value),
        };
        return text.Length > 0 ? text : null;
    }

    private static string Html(XElement? element) => element is null ? "" : HtmlText.FromFragment(element.Value);

    // RSS titles are text, but many feeds put entities or tags in them anyway.
    private static string? Plain(XElement? element) =>
        element is null ? null : HtmlText.FromFragment(element.Value) is { Length: > 0 } text ? text : null;

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && e.Name.Namespace != Atom);

    private static string? Language(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Trim().Split('-', '_')[0].ToLowerInvariant();
}
