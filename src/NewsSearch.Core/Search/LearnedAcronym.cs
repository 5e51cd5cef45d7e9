namespace NewsSearch.Search;

/// <summary>An acronym and its expansion learned from the indexed articles that define them.</summary>
/// <param name="ShortForm">The acronym as the articles write it most often (<c>HATVP</c>).</param>
/// <param name="LongForm">The expansion, lower-cased, as the articles write it most often.</param>
/// <param name="Articles">How many indexed articles define the acronym this way (an expansion's inflections and
/// accent variants count together).</param>
public sealed record LearnedAcronym(string ShortForm, string LongForm, int Articles)
{
    /// <summary>Whether the shipped synonym list already has the acronym or the expansion: the list's group is used instead.</summary>
    public bool InSynonymList { get; init; }
}
