using Lucene.Net.Analysis.Miscellaneous;

namespace NewsSearch.Analysis;

/// <summary>Accent and ligature folding with Lucene's tables, which (unlike Unicode decomposition)
/// also works under invariant globalization and folds œ, æ and typographic letters.</summary>
internal static class AccentFolding
{
    public static string Fold(string text)
    {
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }
}
