using System.Text;

namespace NewsSearch.Articles;

/// <summary>Decodes scraped files whose encoding nobody declared: UTF-8 (with or without BOM), else Windows-1252.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, the superset of Latin-1 that French pages saved on Windows use.</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: the usual other encoding of French text is Windows-1252 (Latin-1 with typographic quotes).
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Whether the bytes look like binary data rather than text (a NUL byte, or many control bytes).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 10 > head.Length;
    }
}
