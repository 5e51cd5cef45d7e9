namespace NewsSearch.Fetching;

/// <summary>One feed to follow, as listed in a sources file.</summary>
/// <param name="Url">The feed's address (http or https).</param>
/// <param name="Outlet">The outlet name given by the sources file (OPML <c>text</c>); <c>null</c> to use the feed's own title.</param>
public sealed record FeedSource(Uri Url, string? Outlet = null);
