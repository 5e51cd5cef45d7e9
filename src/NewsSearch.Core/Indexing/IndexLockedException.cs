namespace NewsSearch.Indexing;

/// <summary>Another indexing run holds the index's write lock.</summary>
public sealed class IndexLockedException : Exception
{
    /// <summary>Creates the exception for the index at <paramref name="indexPath"/>.</summary>
    public IndexLockedException(string indexPath, Exception inner)
        : base($"The index at {indexPath} is locked by another indexing run; try again when it has finished.", inner)
    {
    }

    /// <inheritdoc />
    public IndexLockedException()
    {
    }

    /// <inheritdoc />
    public IndexLockedException(string message)
        : base(message)
    {
    }
}
