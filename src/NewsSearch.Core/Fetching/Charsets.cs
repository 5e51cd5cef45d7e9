using System.Text;
using System.Text.RegularExpressions;
using NewsSearch.Articles;

namespace NewsSearch.Fetching;

/// <summary>Turns a downloaded body into text with the charset it declares: a byte order mark first, then the HTTP
/// header's <c>charset</c>, then the XML prolog's <c>encoding</c> (feeds) or the page's <c>&lt;meta&gt;</c> (pages),
/// then UTF-8, else Windows-1252. A declared charset the bytes do not fit (a feed labelled UTF-8 but written in
/// Latin-1) gives way to the next clue instead of producing replacement characters.</summary>
internal static partial class Charsets
{
    public static string DecodeFeed(ReadOnlySpan<byte> body, string? headerCharset) =>
        Decode(body, headerCharset, PrologEncoding(body));

    public static string DecodePage(ReadOnlySpan<byte> body, string? headerCharset) =>
        Decode(body, headerCharset, MetaCharset(body));

    private static string Decode(ReadOnlySpan<byte> body, string? headerCharset, string? inDocument)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body[3..]);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (body[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(body[2..]);
        }

        foreach (var name in new[] { headerCharset, inDocument })
        {
            if (Strict(name) is { } encoding && TryDecode(encoding, body) is { } text)
            {
                return text;
            }
        }

        return TextDecoding.Decode(body);
    }

    /// <summary>The <c>encoding</c> of an XML declaration.</summary>
    internal static string? PrologEncoding(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 512)]);
        return Prolog().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>The charset of <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>
    /// within the first 4 KB, as browsers look for it.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 4096)]);
        return Meta().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
    }

    private static Encoding? Strict(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        _ = TextDecoding.Windows1252; // registers the code pages provider
        name = name.Trim().Trim('"', '\'');
        // Browsers read pages labelled Latin-1 as Windows-1252, its superset with the typographic quotes.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> body)
    {
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex Prolog();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meta();
}
