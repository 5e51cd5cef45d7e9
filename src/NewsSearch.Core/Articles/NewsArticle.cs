namespace NewsSearch.Articles;

/// <summary>One news article: the unit NewsSearch indexes, searches and returns.</summary>
public sealed record NewsArticle
{
    /// <summary>Stable identifier; indexing an article with an existing id replaces the earlier one.</summary>
    public required string Id { get; init; }

    /// <summary>The headline.</summary>
    public string Title { get; init; } = "";

    /// <summary>The article text, paragraphs separated by a blank line.</summary>
    public string Body { get; init; } = "";

    /// <summary>The outlet that published the article, e.g. <c>L'opinion</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The address of the original article, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The language code, e.g. <c>fr</c>, when known.</summary>
    public string? Lang { get; init; }
}
