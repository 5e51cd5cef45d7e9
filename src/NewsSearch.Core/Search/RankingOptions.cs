using NewsSearch.Analysis;

namespace NewsSearch.Search;

/// <summary>The ranking knobs. The defaults are the ones tuned on the development sets (see the README's Relevance section).</summary>
public sealed record RankingOptions
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalisation.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>How much more a match in the title counts than the same match in the body.</summary>
    public float TitleBoost { get; init; } = 2f;

    /// <summary>Whether a word matched in the title weighs as rare as it is in the bodies (<see cref="ConceptRaritySearcher"/>)
    /// rather than as rare as it is among titles.</summary>
    public bool TitleRarityFromBody { get; init; } = true;

    /// <summary>The weight of the extra score an article gets for holding every word of a plain multi-word query.</summary>
    public float AllWordsBonus { get; init; } = 1f;

    /// <summary>The score of an article matching some of a query's words is multiplied by
    /// (words matched / words asked) to this power; 0 turns the factor off.</summary>
    public float CoordPower { get; init; } = 0.5f;

    /// <summary>The weight of neighbouring query words found close together (stemmed); 0 turns it off.</summary>
    public float ProximityBoost { get; init; }

    /// <summary>The top-hit bonus, as a share of the best score, of an article holding every concept of the query in
    /// a form asked for (the very words typed, or a member of the synonym group) rather than another inflection
    /// (rarity-weighted, as <see cref="CoverageWeight"/>); 0 turns it off.</summary>
    public float WrittenFormWeight { get; init; } = 1.5f;

    /// <summary>How far apart (in words moved) two neighbouring query words may be to count as close.</summary>
    public int ProximitySlop { get; init; } = 3;

    /// <summary>Whether words that only shape a question (<c>combien</c>, <c>pourquoi</c>, <c>a-t-il</c>…) are dropped from plain-word queries.</summary>
    public bool DropQuestionWords { get; init; } = true;

    /// <summary>Whether plain words are expanded with their synonym-list group.</summary>
    public bool Synonyms { get; init; } = true;

    /// <summary>Whether acronyms learned from the indexed articles that define them ("la procréation médicalement
    /// assistée (PMA)") expand a query like the synonym list's groups: the acronym finds its expansion and the other way round.</summary>
    public bool LearnedAcronyms { get; init; } = true;

    /// <summary>Whether a compound typed joined also finds it written apart or hyphenated, and two words typed apart
    /// also find them joined ("weekend" / "week-end").</summary>
    public bool CompoundSpellings { get; init; } = true;

    /// <summary>A learned expansion is used once at least this many articles define it.</summary>
    public int MinAcronymArticles { get; init; } = 2;

    /// <summary>A learned expansion is used when at least this share of the articles defining the acronym define it so
    /// (an acronym may have several expansions; one an article gets wrong is seen among many right ones).</summary>
    public float MinAcronymShare { get; init; } = 0.2f;

    /// <summary>The synonym groups to use; <c>null</c> for the shipped list (<c>synonyms-fr.txt</c>).</summary>
    public SynonymList? SynonymList { get; init; }

    /// <summary>How much a match of the corrected spelling of a misspelt word counts, relative to the word as typed;
    /// 0 turns corrections (and suggestions) off.</summary>
    public float CorrectionWeight { get; init; } = 0.5f;

    /// <summary>How much a match of another word of the same family (<c>manifestation</c> for <c>manifestants</c>,
    /// <see cref="Expansion.WordFamilies"/>) counts, relative to the word's own inflections; it ranks only, the match
    /// set is not widened. 0 turns word families off.</summary>
    public float WordFamilyWeight { get; init; } = 0.5f;

    /// <summary>A member of a word's family is used when at least this share of the articles holding the word hold it.</summary>
    public float WordFamilyMinShare { get; init; } = 0.05f;

    /// <summary>A family member in more than this many times the articles holding the word is left out (0: no bound).</summary>
    public float WordFamilyMaxRatio { get; init; } = 2f;

    /// <summary>How many of the first hits are looked at again (<see cref="Rescoring.TopRescorer"/>); 0 or 1 turns it off.</summary>
    public int RescoreDepth { get; init; } = 30;

    /// <summary>The top-hit bonus, as a share of the best score, of an article holding every concept of the query
    /// (rarity-weighted: holding half of the query's rarity earns half).</summary>
    public float CoverageWeight { get; init; } = 1.5f;

    /// <summary>The match set: a plain query of up to this many concepts (words with their inflections, synonyms and
    /// corrections) matches the articles holding every one of them, unless it reads as a question.</summary>
    public int MatchEveryConceptUpTo { get; init; } = 5;

    /// <summary>The match set of a question or of a longer plain query: the articles holding this share of its
    /// concepts (rounded up).</summary>
    public float LongQueryMatchShare { get; init; } = 0.75f;

    /// <summary>A concept whose words all stand among the first this many positions of the body's first paragraph
    /// (its lead) is one the article is about, as one in the title (for the coverage bonuses of the top hits of a
    /// topical query, and <see cref="LeadBoost"/>); 0: the lead does not count.</summary>
    public int LeadPositions { get; init; } = 64;

    /// <summary>The weight of a rare concept of a topical query found in an article's lead (<see cref="Expansion.LeadQueries"/>); 0 turns it off.</summary>
    public float LeadBoost { get; init; } = 0.5f;

    /// <summary>A concept counts as rare, for <see cref="LeadBoost"/>, when at most this share of the articles hold it.</summary>
    public float LeadConceptMaxShare { get; init; } = 0.02f;

    /// <summary>… and at most this many (the clause reads the positions of every article holding it).</summary>
    public int LeadConceptMaxArticles { get; init; } = 5_000;

    /// <summary>How much of a concept the coverage bonuses of a topical query count when the article only mentions it
    /// (not in its title nor its lead): 1 counts every mention alike.</summary>
    public float PassingMentionShare { get; init; } = 0.25f;

    /// <summary>A concept whose words the body repeats at least this many times is one the article is about, as one
    /// in its title or lead (a long page whose lead is about something else); 0: repetition does not count.</summary>
    public int RepeatedMentions { get; init; } = 5;

    /// <summary>How strongly the coverage bonuses weigh a concept by its rarity: each concept weighs its inverse
    /// document frequency to this power, so at 2 a rare concept ("IA") outweighs a common one ("responsable") more.</summary>
    public float RarityPower { get; init; } = 2f;

    /// <summary>The top-hit bonus, as a share of the best score, of an article holding every pair of neighbouring
    /// query words side by side, as typed.</summary>
    public float NeighbourWeight { get; init; } = 1f;
}
