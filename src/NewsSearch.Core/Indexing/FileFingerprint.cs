using System.Security.Cryptography;

namespace NewsSearch.Indexing;

/// <summary>Size, modification time and content hash of a source file.</summary>
internal static class FileFingerprint
{
    public static (long Size, long ModifiedUtcTicks) Stat(string path)
    {
        var info = new FileInfo(path);
        return (info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream).AsSpan(0, 16));
    }
}
