using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace NewsSearch.Search.Paging;

/// <summary>Remembers the last hit of recently served pages, so the next page of the same search is read with
/// <c>SearchAfter</c> (a queue of one page) instead of collecting every hit up to it again, or, in a pass over all
/// hits, keeps only the hits after it. A cursor belongs to one
/// index version: after a commit the old cursors are never found, and the page is computed from the start.</summary>
internal sealed class PageCursors
{
    private const int Capacity = 512;
    private readonly ConcurrentDictionary<string, object> _cursors = new(StringComparer.Ordinal);

    /// <summary>The cursor ending page <paramref name="page"/> of this search, if that page was served.</summary>
    public T? Find<T>(IndexReader reader, string search, int page)
        where T : class =>
        Key(reader, search, page) is { } key && _cursors.TryGetValue(key, out var cursor) ? cursor as T : null;

    public void Remember(IndexReader reader, string search, int page, object last)
    {
        if (Key(reader, search, page) is not { } key)
        {
            return;
        }

        if (_cursors.Count >= Capacity)
        {
            // Cheaper than LRU bookkeeping on every search, and a lost cursor only costs one slower page.
            _cursors.Clear();
        }

        _cursors[key] = last;
    }

    private static string? Key(IndexReader reader, string search, int page) =>
        reader is DirectoryReader directory ? $"{directory.Version}\u001F{page}\u001F{search}" : null;
}
