using System.Text.Json;

namespace NewsSearch.Articles;

/// <summary>Maps one JSON object with the article fields (<c>id title body source published url lang</c>) to an article.</summary>
internal static class JsonArticleFields
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
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
