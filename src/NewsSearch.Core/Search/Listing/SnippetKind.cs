namespace NewsSearch.Search.Listing;

/// <summary>What snippets a listing builds.</summary>
internal enum SnippetKind
{
    /// <summary>A search's: the best passages, HTML-escaped, matched words in <c>&lt;mark&gt;</c>.</summary>
    Highlighted,

    /// <summary>Plain text around the first match (<see cref="PlainSnippets"/>): cheap enough for a million rows.</summary>
    Plain,

    /// <summary>None (empty).</summary>
    None,
}
