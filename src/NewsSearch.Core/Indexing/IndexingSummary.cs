using NewsSearch.Articles;

namespace NewsSearch.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexingSummary
{
    /// <summary>Files opened and read.</summary>
    public int FilesRead { get; init; }

    /// <summary>Articles whose id was not in the index before.</summary>
    public int Added { get; init; }

    /// <summary>Articles whose id was in the index with other content.</summary>
    public int Updated { get; init; }

    /// <summary>Articles removed because their source file is gone or changed.</summary>
    public int Deleted { get; init; }

    /// <summary>Articles already in the index with the same content: nothing written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Inputs that repeated an article already read in this run and were merged into it.</summary>
    public int Duplicates { get; init; }

    /// <summary>Inputs that could not become articles, with the reason for each.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>Articles in the index once the run committed.</summary>
    public int Documents { get; init; }

    /// <summary>Wall-clock time of the run.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when the run was cancelled; what it read until then is committed.</summary>
    public bool Cancelled { get; init; }

    /// <summary>True when an incremental run found the index built in another format (by another version of NewsSearch)
    /// and rebuilt it completely, as a rebuild does, from the files named and the files the index was built from.</summary>
    public bool RebuiltFromOtherFormat { get; init; }

    /// <summary>Articles this run actually read and decided on (those of files left unread because unchanged are not counted).</summary>
    public int ArticlesRead { get; init; }

    /// <summary>Articles read per second.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? ArticlesRead / Elapsed.TotalSeconds : 0;

    /// <summary>How many inputs were skipped for each reason (reasons grouped by their wording before any colon).</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason =>
        Skipped.GroupBy(s => s.Reason.Split(':')[0]).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
