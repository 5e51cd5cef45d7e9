using System.Security.Cryptography;
using System.Text;

namespace NewsSearch.Articles;

/// <summary>The stable id of an article that comes with neither id nor address: a hash of its text, the same
/// whatever format it was read from.</summary>
internal static class ContentIds
{
    public static string Of(string title, string body) =>
        "sha-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + body)).AsSpan(0, 8));
}
