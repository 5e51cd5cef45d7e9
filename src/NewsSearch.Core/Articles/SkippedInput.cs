namespace NewsSearch.Articles;

/// <summary>An input that could not become an article, and why.</summary>
/// <param name="Path">The file that held the input.</param>
/// <param name="Line">The 1-based line within the file, for line-oriented formats.</param>
/// <param name="Reason">A short sentence a person can act on.</param>
public sealed record SkippedInput(string Path, int? Line, string Reason);
