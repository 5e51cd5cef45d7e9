using System.Numerics;

namespace NewsSearch.Search.Collapsing;

/// <summary>A 64-bit SimHash of an article body over three-word shingles: copies of one story with small edits
/// (a changed word, an added credit line) get signatures a few bits apart, unrelated texts about 32 bits apart.</summary>
internal static class NearDuplicateSignature
{
    /// <summary>Bodies shorter than this many words get no signature: too little text to call two articles copies.</summary>
    public const int MinWords = 20;

    /// <summary>Signatures at most this many bits apart are copies of one story.</summary>
    public const int MaxDistance = 5;

    /// <summary>The signature, or 0 (never collapsed) for a body too short to judge.</summary>
    public static long Of(string body)
    {
        var words = WordHashes(body);
        if (words.Count < MinWords)
        {
            return 0;
        }

        Span<int> weights = stackalloc int[64];
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var shingle = Mix(words[i] ^ BitOperations.RotateLeft(words[i + 1], 21) ^ BitOperations.RotateLeft(words[i + 2], 42));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong signature = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                signature |= 1UL << bit;
            }
        }

        // 0 means "no signature"; a real one that happens to be 0 moves one bit away.
        return signature == 0 ? 1 : unchecked((long)signature);
    }

    /// <summary>Bits that differ between two signatures.</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

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

    /// <summary>SplitMix64's finaliser: spreads the shingle's bits so each signature bit is a fair coin.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
