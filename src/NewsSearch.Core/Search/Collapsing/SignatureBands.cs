using System.Buffers.Binary;
using System.Buffers.Text;

namespace NewsSearch.Search.Collapsing;

/// <summary>The locality-sensitive hashing of <see cref="NearDuplicateSignature"/>s: two articles are candidate copies
/// when all 3 values of one of 16 bands agree, which happens for nearly every pair of copies and almost never for
/// unrelated texts. Each band's values hash to one key, kept in memory to cluster a whole index
/// (<see cref="DuplicateClusters"/>) and indexed as a term, so the candidates of a few new articles are looked up
/// instead of read from every signature of the archive (<see cref="Indexing.Labelling.StoryGraph"/>).</summary>
internal static class SignatureBands
{
    public const int Count = 16;

    public const int Rows = NearDuplicateSignature.Length / Count;

    /// <summary>The key of one band of a signature; the band's number is part of it, so equal values in two different
    /// bands make no candidates.</summary>
    public static long Key(ReadOnlySpan<uint> signature, int band)
    {
        var key = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var value in signature.Slice(band * Rows, Rows))
        {
            key = (key ^ value) * 0xBF58476D1CE4E5B9UL;
        }

        return unchecked((long)key);
    }

    /// <summary>Whether two signatures agree on all the values of one band: they are then candidates, as their keys for
    /// that band are equal.</summary>
    public static bool ShareAny(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        for (var band = 0; band < Count; band++)
        {
            if (a.Slice(band * Rows, Rows).SequenceEqual(b.Slice(band * Rows, Rows)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A band key as an indexed term: its 8 bytes in 11 URL-safe base-64 characters.</summary>
    public static string Term(ReadOnlySpan<uint> signature, int band)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, Key(signature, band));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The terms of every band of a signature written by <see cref="NearDuplicateSignature.Of"/>; none for an
    /// article without a signature.</summary>
    public static IEnumerable<string> Terms(byte[] signatureBytes)
    {
        var signature = new uint[NearDuplicateSignature.Length];
        if (!NearDuplicateSignature.TryRead(signatureBytes, signature))
        {
            yield break;
        }

        for (var band = 0; band < Count; band++)
        {
            yield return Term(signature, band);
        }
    }
}
