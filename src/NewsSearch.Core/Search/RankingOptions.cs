namespace NewsSearch.Search;

/// <summary>The ranking knobs: BM25 parameters and how title and all-words matches weigh.</summary>
public sealed record RankingOptions
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>How much more a match in the title counts than the same match in the body.</summary>
    public float TitleBoost { get; init; } = 2f;

    /// <summary>The weight of the extra score an article gets for holding every word of a plain multi-word query.</summary>
    public float AllWordsBonus { get; init; } = 3f;
}
