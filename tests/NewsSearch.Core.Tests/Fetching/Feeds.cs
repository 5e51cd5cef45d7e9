using System.Globalization;
using System.Security;
using System.Text;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>One item of a fixture feed.</summary>
public sealed record FeedItem(string Guid, string Title, string Link, string Body, DateOnly Published);

/// <summary>Fixture feeds, pages and texts: French-looking news, every article with words of its own so a search finds
/// exactly it.</summary>
public static class Feeds
{
    private static readonly string[] Syllables = ["ba", "lo", "ri", "ven", "tal", "mo", "su", "ker", "dan", "pi", "zo", "len", "gu", "fa", "ro", "ni"];

    /// <summary>A made-up place name, different for every n: the words that make an article findable.</summary>
    public static string Place(int n)
    {
        var builder = new StringBuilder("Ville");
        do
        {
            builder.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);
        return builder.ToString();
    }

    /// <summary>A full article body (well over the teaser length) naming its place in its second paragraph.</summary>
    public static string FullBody(int n) =>
        $"Le conseil municipal s'est réuni jeudi soir pour examiner le budget de l'année prochaine, marqué par la hausse des dépenses d'énergie et par les travaux de rénovation des écoles.\n\n" +
        $"À {Place(n)}, la coopérative fromagère a présenté son projet de nouvelle cave d'affinage, qui doit créer une douzaine d'emplois d'ici deux ans selon ses responsables.\n\n" +
        "Les élus de l'opposition ont demandé des garanties sur le financement, tandis que la majorité a rappelé que la région prendrait en charge une partie importante de l'investissement. " +
        "Le vote définitif aura lieu le mois prochain, après une réunion publique ouverte à tous les habitants de la commune et des villages voisins.";

    public static string Teaser(int n) => $"À {Place(n)}, un projet de cave d'affinage divise les élus…";

    public static FeedItem Item(string site, int n, bool full) =>
        new($"{site}-{n}", $"Cave d'affinage à {Place(n)}", $"{site}/articles/{n}.html", full ? FullBody(n) : Teaser(n), new DateOnly(2024, 3, 1).AddDays(n % 28));

    public static string Rss(string title, IEnumerable<FeedItem> items, string encoding = "utf-8", bool contentEncoded = false)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"{encoding}\"?>\n");
        builder.Append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        builder.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title><language>fr</language>");
        foreach (var item in items)
        {
            var body = string.Join("", item.Body.Split("\n\n").Select(p => "<p>" + SecurityElement.Escape(p) + "</p>"));
            builder.Append(CultureInfo.InvariantCulture,
                $"<item><title>{SecurityElement.Escape(item.Title)}</title><link>{SecurityElement.Escape(item.Link)}</link><guid isPermaLink=\"false\">{item.Guid}</guid>");
            builder.Append(CultureInfo.InvariantCulture, $"<pubDate>{item.Published.ToDateTime(new TimeOnly(8, 30)):ddd, dd MMM yyyy HH:mm:ss} +0100</pubDate>");
            builder.Append(contentEncoded
                ? $"<description>{SecurityElement.Escape(item.Title)}</description><content:encoded><![CDATA[{body}]]></content:encoded>"
                : $"<description>{SecurityElement.Escape(body)}</description>");
            builder.Append("</item>");
        }

        builder.Append("</channel></rss>");
        return builder.ToString();
    }

    public static string Atom(string title, IEnumerable<FeedItem> items)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">");
        builder.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title><id>urn:{SecurityElement.Escape(title)}</id><updated>2024-03-01T08:00:00Z</updated>");
        foreach (var item in items)
        {
            var body = string.Join("", item.Body.Split("\n\n").Select(p => "<p>" + p + "</p>"));
            builder.Append(CultureInfo.InvariantCulture,
                $"<entry><title>{SecurityElement.Escape(item.Title)}</title><id>{item.Guid}</id><link rel=\"alternate\" href=\"{SecurityElement.Escape(item.Link)}\"/>");
            builder.Append(CultureInfo.InvariantCulture, $"<published>{item.Published:yyyy-MM-dd}T08:30:00+01:00</published><updated>{item.Published:yyyy-MM-dd}T08:30:00+01:00</updated>");
            builder.Append(CultureInfo.InvariantCulture, $"<content type=\"html\">{SecurityElement.Escape(body)}</content></entry>");
        }

        builder.Append("</feed>");
        return builder.ToString();
    }

    /// <summary>An article page: site chrome around an &lt;article&gt; holding the full text.</summary>
    public static string Page(FeedItem item, string outlet, int n, string charsetMeta = "utf-8") =>
        $"""
        <!doctype html><html lang="fr"><head><meta charset="{charsetMeta}"><title>{SecurityElement.Escape(item.Title)} - {outlet}</title>
        <meta property="og:title" content="{SecurityElement.Escape(item.Title)}"><meta property="og:site_name" content="{outlet}"></head>
        <body><nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
        <article><h1>{SecurityElement.Escape(item.Title)}</h1>{string.Join("", FullBody(n).Split("\n\n").Select(p => "<p>" + SecurityElement.Escape(p) + "</p>"))}</article>
        <footer>© {outlet}</footer></body></html>
        """;

    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
