namespace NewsSearch.Search;

/// <summary>Bounds that keep one query from stalling the engine.</summary>
internal static class QueryLimits
{
    /// <summary>Characters of query text considered; the rest is ignored (and a notice says so).</summary>
    public const int MaxQueryLength = 1_000;

    /// <summary>Words and phrases considered.</summary>
    public const int MaxTerms = 32;

    /// <summary>Letters before a trailing <c>*</c> for it to be a prefix search.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>Index terms a prefix or fuzzy word may expand to.</summary>
    public const int MaxExpansions = 64;

    /// <summary>Prefix or fuzzy words expanded in one query; later ones are searched as written. Each expansion walks
    /// the term dictionary: 32 of them (a query repeating <c>mot~</c>) held a core for two seconds.</summary>
    public const int MaxExpandingWords = 8;
}
