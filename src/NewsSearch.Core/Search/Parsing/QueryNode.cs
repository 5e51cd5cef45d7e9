namespace NewsSearch.Search.Parsing;

/// <summary>The parsed form of what a person typed, before any analysis.</summary>
internal abstract record QueryNode;

/// <summary>One word; <paramref name="Field"/> restricts it (<c>title</c>, <c>source</c>); a trailing <c>*</c> makes it a prefix,
/// a trailing <c>~</c> a fuzzy match.</summary>
internal sealed record WordNode(string Text, string? Field = null, bool Prefix = false, bool Fuzzy = false) : QueryNode;

/// <summary>Words that must appear in this order.</summary>
internal sealed record PhraseNode(string Text, string? Field = null) : QueryNode;

/// <summary>Articles matching the inner node are excluded.</summary>
internal sealed record ExcludeNode(QueryNode Inner) : QueryNode;

/// <summary>Articles must match the inner node (<c>+word</c>).</summary>
internal sealed record RequireNode(QueryNode Inner) : QueryNode;

/// <summary>Every item must match (explicit <c>AND</c>).</summary>
internal sealed record AllNode(IReadOnlyList<QueryNode> Items) : QueryNode;

/// <summary>Any item may match (explicit <c>OR</c>).</summary>
internal sealed record AnyNode(IReadOnlyList<QueryNode> Items) : QueryNode;

/// <summary>Items typed side by side: articles with all of them rank above those with some.</summary>
internal sealed record SequenceNode(IReadOnlyList<QueryNode> Items) : QueryNode;
