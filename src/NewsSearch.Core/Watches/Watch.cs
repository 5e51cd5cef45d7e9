using System.Text.RegularExpressions;
using NewsSearch.Search;

namespace NewsSearch.Watches;

/// <summary>A saved search: a query and its filters under a name, and how far its runs have got.</summary>
public sealed partial record Watch
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Letters, digits, <c>-</c> and <c>_</c>, 1 to <see cref="MaxNameLength"/> characters: safe in a file,
    /// a command line and a feed address alike.</summary>
    public required string Name { get; init; }

    /// <summary>The query, as for <see cref="SearchRequest.Query"/>.</summary>
    public required string Query { get; init; }

    /// <summary>Only articles from one of these outlets; empty for all.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>When the watch was added.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last ran, or <c>null</c> when it never did.</summary>
    public DateTimeOffset? LastRunAt { get; init; }

    /// <summary>The indexing time (ms since 1970 UTC) up to which articles have been seen: set to the newest indexed
    /// article when the watch is added, then advanced by each run.</summary>
    public long SeenUpTo { get; init; }

    /// <summary>Whether <paramref name="name"/> is a valid watch name.</summary>
    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    /// <exception cref="ArgumentException">The name is not valid.</exception>
    internal static void ValidateName(string? name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A watch name is 1 to {MaxNameLength} letters, digits, '-' or '_', not '{Shorten(name ?? "")}'.", nameof(name));
        }
    }

    internal SearchRequest ToSearchRequest() => new()
    {
        Query = Query,
        Sources = Sources,
        From = From,
        To = To,
        Facets = false,
        CollapseDuplicates = false,
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}

/// <summary>What one run of a watch found: the articles indexed since its previous run that match, newest first.</summary>
/// <param name="Watch">The watch, as the run left it.</param>
/// <param name="New">The new matches, ranked 1, 2, … in that order, with highlighted snippets as a search's.</param>
public sealed record WatchReport(Watch Watch, IReadOnlyList<SearchHit> New);

/// <summary>One of a watch's newest matches (what its feed lists).</summary>
/// <param name="Hit">The article, with a highlighted snippet.</param>
/// <param name="IndexedAt">When it was first indexed, or <c>null</c> when the index does not know.</param>
public sealed record WatchEntry(SearchHit Hit, DateTimeOffset? IndexedAt);
