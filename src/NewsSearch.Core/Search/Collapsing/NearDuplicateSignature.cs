using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace NewsSearch.Search.Collapsing;

/// <summary>A MinHash signature of an article body over its three-word shingles: the share of equal positions
/// between two signatures estimates the Jaccard similarity of the two bodies' shingle sets. Copies of one story
/// with small edits (a credit line, a changed word, a cut sentence) share most shingles; different stories, even
/// on the same subject or with a common boilerplate sentence, share few.</summary>
internal static class NearDuplicateSignature
{
    /// <summary>Minimum values kept: 16 bands of 3 for candidate search, all of them to estimate similarity.</summary>
    public const int Length = 48;

    /// <summary>Bodies shorter than this many words get no signature: too little text to call two articles copies.</summary>
    public const int MinWords = 20;

    /// <summary>Estimated shingle-set similarity from which two bodies are copies of one story.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>The signature as bytes (for a doc-values field), or empty for a body too short to judge.</summary>
    public static byte[] Of(string body)
    {
        var words = WordHashes(body);
        if (words.Count < MinWords)
        {
            return [];
        }

        // The k-th hash of a shingle is (a_k * x + b_k) >> 32 over its one mixed 64-bit hash x (multiply-add-shift:
        // a pairwise independent family), four positions per vector instruction: one mix per shingle instead of 48.
        Span<Vector256<ulong>> minimums = stackalloc Vector256<ulong>[Vectors];
        minimums.Fill(Vector256.Create((ulong)uint.MaxValue));
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var shingle = words[i] ^ (words[i + 1] * 0x9E3779B97F4A7C15UL) ^ (words[i + 2] * 0xC2B2AE3D27D4EB4FUL);
            var x = Vector256.Create(Mix(shingle));
            for (var v = 0; v < Vectors; v++)
            {
                var h = Vector256.ShiftRightLogical((x * Multipliers[v]) + Increments[v], 32);
                minimums[v] = Vector256.Min(minimums[v], h);
            }
        }

        var bytes = new byte[Length * 4];
        for (var k = 0; k < Length; k++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), (uint)minimums[k / 4][k % 4]);
        }

        return bytes;
    }

    private const int Vectors = Length / 4;

    // Odd multipliers and increments drawn once from a fixed seed: signatures stay comparable across runs and indexes.
    private static readonly Vector256<ulong>[] Multipliers = Constants(0x243F6A8885A308D3UL, odd: true);
    private static readonly Vector256<ulong>[] Increments = Constants(0x13198A2E03707344UL, odd: false);

    private static Vector256<ulong>[] Constants(ulong seed, bool odd)
    {
        var values = new Vector256<ulong>[Vectors];
        var state = seed;
        for (var v = 0; v < Vectors; v++)
        {
            var lanes = new ulong[4];
            for (var lane = 0; lane < 4; lane++)
            {
                state += 0x9E3779B97F4A7C15UL;
                lanes[lane] = Mix(state) | (odd ? 1UL : 0UL);
            }

            values[v] = Vector256.Create<ulong>(lanes);
        }

        return values;
    }

    /// <summary>Reads a signature written by <see cref="Of"/> into <paramref name="target"/>; false when there is none.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, Span<uint> target)
    {
        if (bytes.Length != Length * 4)
        {
            return false;
        }

        for (var k = 0; k < Length; k++)
        {
            target[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(k * 4)..]);
        }

        return true;
    }

    /// <summary>The estimated similarity of two signatures: the share of equal positions.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Clustering compares many candidate pairs: eight positions per instruction.
            for (; k + Vector256<uint>.Count <= Length; k += Vector256<uint>.Count)
            {
                var same = Vector256.Equals(Vector256.Create(a.Slice(k, Vector256<uint>.Count)), Vector256.Create(b.Slice(k, Vector256<uint>.Count)));
                equal += BitOperations.PopCount(same.ExtractMostSignificantBits());
            }
        }

        for (; k < Length; k++)
        {
            equal += a[k] == b[k] ? 1 : 0;
        }

        return equal / (double)Length;
    }

    /// <summary>Lower-cased words (letters and digits) hashed with FNV-1a, so punctuation and case edits do not count.</summary>
    private static List<ulong> WordHashes(string body)
    {
        var hashes = new List<ulong>(body.Length / 6);
        ulong hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in body)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            hashes.Add(hash);
        }

        return hashes;
    }

    /// <summary>SplitMix64's finaliser: spreads the input's bits so each output bit is a fair coin.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
