using System.Globalization;
using System.Text.Json;
using NewsSearch.Articles;

namespace NewsSearch.Fetching;

/// <summary>Where the body of an archived article came from.</summary>
internal enum BodySource
{
    /// <summary>The feed item carried the full text.</summary>
    Feed,

    /// <summary>The feed item was a teaser; the text is the linked page's.</summary>
    Page,

    /// <summary>The feed item was a teaser and its page could not be had: the teaser stands in for now.</summary>
    Teaser,
}

/// <summary>One line of the archive: the article fields that <c>index</c> reads, and what the crawler needs to know
/// it fetched it (the feed, the item's fingerprint, where the body came from, when), which <c>index</c> ignores.</summary>
internal sealed record ArchivedArticle(NewsArticle Article, string Feed, string Fingerprint, BodySource Body, DateTimeOffset Fetched)
{
    public byte[] ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", Article.Id);
            json.WriteString("title", Article.Title);
            json.WriteString("body", Article.Body);
            WriteOptional(json, "source", Article.Source);
            WriteOptional(json, "published", Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteOptional(json, "url", Article.Url);
            WriteOptional(json, "lang", Article.Lang);
            json.WriteString("feed", Feed);
            json.WriteString("fingerprint", Fingerprint);
            json.WriteString("bodyFrom", Body.ToString().ToLowerInvariant());
            json.WriteString("fetched", Fetched.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The crawler's fields of an archive line, or <c>null</c> for a line it did not write.</summary>
    public static (string Id, string Feed, string Fingerprint, BodySource Body, string? Url, DateTimeOffset Fetched)? ReadBack(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || !root.TryGetProperty("feed", out var feed)
                || !root.TryGetProperty("fingerprint", out var fingerprint) || !root.TryGetProperty("bodyFrom", out var from))
            {
                return null;
            }

            var url = root.TryGetProperty("url", out var u) ? u.GetString() : null;
            var fetched = root.TryGetProperty("fetched", out var f) && DateTimeOffset.TryParse(f.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
                ? when : DateTimeOffset.UnixEpoch;
            return (id.GetString()!, feed.GetString()!, fingerprint.GetString()!, Enum.TryParse<BodySource>(from.GetString(), ignoreCase: true, out var body) ? body : BodySource.Feed, url, fetched);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
