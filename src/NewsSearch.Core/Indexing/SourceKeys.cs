using NewsSearch.Analysis;

namespace NewsSearch.Indexing;

/// <summary>The comparable form of an outlet name: case, accents and apostrophe typography do not matter.</summary>
internal static class SourceKeys
{
    public static string Normalize(string source) =>
        AccentFolding.Fold(source.Trim().Replace('\u2019', '\'').ToLowerInvariant());
}
