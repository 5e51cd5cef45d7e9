using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsSearch.Articles;

/// <summary>Maps one JSON object with the article fields (<c>id title body source published url lang</c>) to an article.</summary>
internal static partial class JsonArticleFields
{
    /// <summary>Returns the article, or the reason the object cannot be one.</summary>
    public static (NewsArticle? Article, string? Problem) ToArticle(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return (null, $"expected a JSON object, found {element.ValueKind.ToString().ToLowerInvariant()}");
        }

        var title = Text(element, "title")?.Trim() ?? "";
        var body = Text(element, "body")?.Trim() ?? "";
        if (title.Length == 0 && body.Length == 0)
        {
            return (null, "no title and no body");
        }

        var url = Text(element, "url")?.Trim();
        // An article without an id keeps a stable one: its URL, else a hash of its text.
        var id = Text(element, "id")?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            id = !string.IsNullOrEmpty(url) ? url : ContentIds.Of(title, body);
        }

        return (new NewsArticle
        {
            Id = id,
            Title = title,
            Body = body,
            Source = NullIfBlank(Text(element, "source")),
            Published = FrenchDates.Parse(Text(element, "published") ?? Text(element, "date")),
            Url = NullIfBlank(url),
            Lang = NullIfBlank(Text(element, "lang")),
        }, null);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => StringOf(value),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>A JSON string as text. JSON lets a file write half of a surrogate pair (<c>"\ud800"</c>), which no .NET
    /// string read from JSON may hold: each such half becomes U+FFFD, as an invalid byte does in UTF-8 text.</summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // Still unreadable after the repair: a JsonException, and the caller skips the object as invalid JSON.
            return JsonSerializer.Deserialize<string>(LoneSurrogate().Replace(value.GetRawText(), "\\uFFFD"));
        }
    }

    // An escaped high surrogate not followed by an escaped low one, or a low one not preceded by a high one.
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogate();

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
