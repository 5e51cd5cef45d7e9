using Lucene.Net.Documents;
using NewsSearch.Analysis;
using NewsSearch.Analysis.Acronyms;

namespace NewsSearch.Indexing;

/// <summary>How the acronyms an article defines (<see cref="AcronymFinder"/>) are kept in the index: one term per
/// pair in each of two untokenised fields, so that how many articles define a pair is a document frequency, kept up
/// to date by every add, update and delete, and looking a pair up is a seek in a small terms dictionary.
/// <list type="bullet">
/// <item><see cref="FieldNames.Acronym"/>: <c>acronym key␟acronym as written␟expansion</c> (<c>hatvp␟HATVP␟haute
/// autorité pour la transparence de la vie publique</c>), found by its acronym key;</item>
/// <item><see cref="FieldNames.AcronymExpansion"/>: <c>expansion key␟acronym key</c> (<c>haute autorite pour la
/// transparence de la vie publique␟hatvp</c>), found by the words typed.</item>
/// </list>
/// Keys are typed words as the query reads them (the analyzer's written forms: lower case, no accents, no elided
/// article), joined by spaces.</summary>
internal static class AcronymTerms
{
    /// <summary>Separates the parts of a term (the unit separator: never part of a word).</summary>
    public const char Separator = '\u001F';

    private static readonly FrenchNewsAnalyzer Analyzer = new();

    /// <summary>Adds the pairs the article's title and body define.</summary>
    public static void AddTo(Document document, string title, string body)
    {
        var definitions = AcronymFinder.In(title.Length == 0 ? body : $"{title}\n{body}");
        foreach (var definition in definitions)
        {
            var acronym = KeyOf(definition.ShortForm);
            var expansion = KeyOf(definition.LongForm);
            if (acronym.Length == 0 || expansion.Length == 0 || acronym == expansion)
            {
                continue;
            }

            document.Add(new StringField(FieldNames.Acronym, $"{acronym}{Separator}{definition.ShortForm}{Separator}{definition.LongForm}", Field.Store.NO));
            document.Add(new StringField(FieldNames.AcronymExpansion, $"{expansion}{Separator}{acronym}", Field.Store.NO));
        }
    }

    /// <summary>Words as a query reads them, joined by spaces.</summary>
    public static string KeyOf(string text) => string.Join(' ', Analyzer.Tokens(text, FrenchNewsAnalyzer.WrittenFormsField));

    /// <summary>The parts of a <see cref="FieldNames.Acronym"/> term: acronym as written and expansion; <c>null</c> for another shape.</summary>
    public static (string ShortForm, string LongForm)? ReadAcronymTerm(string term)
    {
        var parts = term.Split(Separator);
        return parts.Length == 3 ? (parts[1], parts[2]) : null;
    }
}
