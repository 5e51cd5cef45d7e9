using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace NewsSearch.Indexing;

/// <summary>SHA-256 of article texts without building intermediate strings: the reading thread hashes every article
/// twice (content and normalised text), so allocation here shows in the indexing rate. Buffers are per thread.</summary>
internal static class TextHash
{
    private const int CharChunk = 4096;

    [ThreadStatic]
    private static IncrementalHash? t_hash;

    [ThreadStatic]
    private static byte[]? t_bytes;

    [ThreadStatic]
    private static char[]? t_normalized;

    [ThreadStatic]
    private static char[]? t_one;

    [ThreadStatic]
    private static char[]? t_folded;

    /// <summary>The hash of the parts in order, each followed by a separator; <c>null</c> differs from empty.</summary>
    public static string Of(params ReadOnlySpan<string?> parts)
    {
        var hash = t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            Append(hash, part is null ? "\u0000" : part.AsSpan());
            Append(hash, "\u001F");
        }

        return Finish(hash);
    }

    /// <summary>The hash of the parts once lower-cased, accent-folded and reduced to words separated by single spaces.</summary>
    public static string OfNormalized(string first, string second)
    {
        var buffer = t_normalized ??= new char[8192];
        var length = 0;
        Normalize(first, ref buffer, ref length);
        Put('\n', ref buffer, ref length);
        Normalize(second, ref buffer, ref length);
        t_normalized = buffer;
        var hash = t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, buffer.AsSpan(0, length));
        return Finish(hash);
    }

    private static void Normalize(string text, ref char[] buffer, ref int length)
    {
        var one = t_one ??= new char[1];
        var folded = t_folded ??= new char[4];
        var space = false;
        var start = length;
        foreach (var c in text)
        {
            if (c < 128)
            {
                Word(c, ref space, start, ref buffer, ref length);
                continue;
            }

            one[0] = c;
            var n = ASCIIFoldingFilter.FoldToASCII(one, 0, folded, 0, 1);
            for (var i = 0; i < n; i++)
            {
                Word(folded[i], ref space, start, ref buffer, ref length);
            }
        }
    }

    private static void Word(char c, ref bool space, int start, ref char[] buffer, ref int length)
    {
        if (!char.IsLetterOrDigit(c))
        {
            space = length > start;
            return;
        }

        if (space)
        {
            Put(' ', ref buffer, ref length);
            space = false;
        }

        Put(char.ToLowerInvariant(c), ref buffer, ref length);
    }

    private static void Put(char c, ref char[] buffer, ref int length)
    {
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        buffer[length++] = c;
    }

    private static void Append(IncrementalHash hash, ReadOnlySpan<char> text)
    {
        var bytes = t_bytes ??= new byte[Encoding.UTF8.GetMaxByteCount(CharChunk)];
        while (!text.IsEmpty)
        {
            var take = Math.Min(CharChunk, text.Length);
            if (take < text.Length && char.IsHighSurrogate(text[take - 1]))
            {
                take--; // keep a surrogate pair in one chunk
            }

            var count = Encoding.UTF8.GetBytes(text[..take], bytes);
            hash.AppendData(bytes, 0, count);
            text = text[take..];
        }
    }

    private static string Finish(IncrementalHash hash)
    {
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
