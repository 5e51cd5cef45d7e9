namespace NewsSearch.Articles;

/// <summary>What a reader produced from one piece of input: an article, or the reason it was skipped.</summary>
public sealed record ReadResult
{
    private ReadResult(NewsArticle? article, SkippedInput? skipped)
    {
        Article = article;
        Skipped = skipped;
    }

    /// <summary>The article read, or <c>null</c> when the input was skipped.</summary>
    public NewsArticle? Article { get; }

    /// <summary>Why the input was skipped, or <c>null</c> when an article was read.</summary>
    public SkippedInput? Skipped { get; }

    /// <summary>A successfully read article.</summary>
    public static ReadResult Of(NewsArticle article) => new(article, null);

    /// <summary>An input skipped for the given reason.</summary>
    public static ReadResult Skip(string path, int? line, string reason) => new(null, new SkippedInput(path, line, reason));
}
