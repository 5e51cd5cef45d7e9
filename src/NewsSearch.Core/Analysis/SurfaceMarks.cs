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
        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            if (term[i] >= 128)
            {
                return Fold(Hash(scratch, ASCIIFoldingFilter.FoldToASCII(term, 0, scratch, 0, length)));
            }

            hash = (hash ^ term[i]) * 16777619u;
        }

        return Fold(hash);
    }

    private static uint Hash(char[] chars, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ chars[i]) * 16777619u;
        }

        return hash;
    }

    private static byte Fold(uint hash) => (byte)(hash ^ (hash >> 8) ^ (hash >> 16) ^ (hash >> 24));

    public static byte Hash(BytesRef payload) => payload.Bytes[payload.Offset];

    public static byte StopBefore(BytesRef payload) => payload.Bytes[payload.Offset + 1];

    public static byte StopAfter(BytesRef payload) => payload.Bytes[payload.Offset + 2];
}
