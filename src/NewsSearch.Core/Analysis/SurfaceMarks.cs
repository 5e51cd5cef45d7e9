using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NewsSearch.Analysis;

/// <summary>What the stemmed fields remember of each word as written, in a 3-byte payload at its position: a one-byte
/// hash of the written form (lower-cased, accents folded, as <see cref="FrenchNewsAnalyzer"/>'s exact forms), and the
/// stop words just before and after it (by <see cref="StopId(string)"/>, 0 for none). That is enough to prefer an article
/// using the very form asked for, to find query words side by side with their small words ("la chute de Kars"), and
/// to tell a misspelling the stemmer would fold into a real word ("merkell" → "merkel") from the word itself, without
/// indexing every word a second time unstemmed.</summary>
internal static class SurfaceMarks
{
    public const int PayloadLength = 3;

    private static readonly string[] Stops = [.. FrenchNewsAnalyzer.StopWords.Select(w => w.ToString()).Order(StringComparer.Ordinal)];
    private static readonly CharArrayDictionary<byte> StopIds = BuildStopIds();

    static SurfaceMarks()
    {
        if (Stops.Length > byte.MaxValue)
        {
            throw new InvalidOperationException("Stop word ids must fit in one byte.");
        }
    }

    /// <summary>The id of a stop word (1-255), or 0 when the word is not one.</summary>
    public static byte StopId(string word) => StopIds.TryGetValue(word, out var id) ? id : (byte)0;

    /// <summary>The id of the stop word in <paramref name="term"/>'s first <paramref name="length"/> characters, or 0.</summary>
    public static byte StopId(char[] term, int length) => StopIds.TryGetValue(term, 0, length, out var id) ? id : (byte)0;

    private static CharArrayDictionary<byte> BuildStopIds()
    {
        var ids = new CharArrayDictionary<byte>(LuceneVersionInUse.Value, Stops.Length, ignoreCase: false);
        for (var i = 0; i < Stops.Length; i++)
        {
            ids[Stops[i]] = (byte)(i + 1);
        }

        return ids;
    }

    /// <summary>The hash of a written form; folds accents first, so a form already folded hashes the same.</summary>
    public static byte HashOf(string word)
    {
        var chars = word.ToCharArray();
        return HashOf(chars, chars.Length, new char[chars.Length * 4]);
    }

    /// <summary>The hash of <paramref name="length"/> lower-cased characters, folded through <paramref name="scratch"/> (at least 4 × length).</summary>
    public static byte HashOf(char[] term, int length, char[] scratch)
    {
        // Most words are plain ASCII, which folding leaves as they are: fold only the others.
        ReadOnlySpan<char> written = term.AsSpan(0, length);
        if (written.ContainsAnyExceptInRange((char)0, (char)127))
        {
            written = scratch.AsSpan(0, ASCIIFoldingFilter.FoldToASCII(term, 0, scratch, 0, length));
        }

        var hash = 2166136261u;
        foreach (var c in written)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (byte)(hash ^ (hash >> 8) ^ (hash >> 16) ^ (hash >> 24));
    }

    /// <summary>The mark a position's payload holds, or <c>null</c> for a position without one.</summary>
    public static Mark? Read(BytesRef? payload) =>
        payload is { Length: PayloadLength } marks
            ? new Mark(marks.Bytes[marks.Offset], marks.Bytes[marks.Offset + 1], marks.Bytes[marks.Offset + 2])
            : null;

    /// <summary>A word's mark: the hash of its written form and the ids of the stop words before and after it (0 for none).</summary>
    public readonly record struct Mark(byte Hash, byte Before, byte After);
}
