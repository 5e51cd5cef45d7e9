using NewsSearch.Articles;

namespace NewsSearch.Indexing;

/// <summary>The running tally of an indexing run, turned into its summary at the end.</summary>
internal sealed class IndexingCounts
{
    public int FilesRead { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Deleted { get; set; }

    public int Unchanged { get; set; }

    public int Duplicates { get; set; }

    public List<SkippedInput> Skipped { get; } = [];

    /// <summary>Articles read and decided on in this run (not those of files left unread because unchanged).</summary>
    public int Processed { get; private set; }

    public void Count(UpsertOutcome outcome)
    {
        Processed++;
        switch (outcome)
        {
            case UpsertOutcome.Added: Added++; break;
            case UpsertOutcome.Updated: Updated++; break;
            case UpsertOutcome.Unchanged: Unchanged++; break;
            case UpsertOutcome.Duplicate or UpsertOutcome.Copy: Duplicates++; break;
        }
    }

    public IndexingSummary ToSummary(int documents, TimeSpan elapsed, bool cancelled) => new()
    {
        FilesRead = FilesRead,
        Added = Added,
        Updated = Updated,
        Deleted = Deleted,
        Unchanged = Unchanged,
        Duplicates = Duplicates,
        ArticlesRead = Processed,
        Skipped = Skipped,
        Documents = documents,
        Elapsed = elapsed,
        Cancelled = cancelled,
    };
}
