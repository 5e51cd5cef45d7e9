namespace NewsSearch.Indexing.Labelling;

/// <summary>The ids an indexing run wrote and removed (deleted, or replaced by an edit), so that its end labels the
/// stories of those articles only. A run that changes more than <see cref="MaxTracked"/> articles stops counting them
/// one by one: it clusters the whole index instead, which is then cheaper, and keeps no set of a million ids.</summary>
internal sealed class RunChanges
{
    public const int MaxTracked = 100_000;

    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    /// <summary>Whether the run changed too many articles to be told one by one.</summary>
    public bool Overflowed { get; private set; }

    public IReadOnlyCollection<string> Written => _written;

    public IReadOnlyCollection<string> Removed => _removed;

    public int Count => _written.Count + _removed.Count;

    /// <summary>An article added, or the new version of one edited.</summary>
    public void Wrote(string id) => Track(_written, id);

    /// <summary>An article of the index the run started from that is deleted or replaced.</summary>
    public void Removes(string id) => Track(_removed, id);

    private void Track(HashSet<string> ids, string id)
    {
        if (Overflowed)
        {
            return;
        }

        ids.Add(id);
        if (Count > MaxTracked)
        {
            Overflowed = true;
            _written.Clear();
            _written.TrimExcess();
            _removed.Clear();
            _removed.TrimExcess();
        }
    }
}
