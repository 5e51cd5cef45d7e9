using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Suggestions;

/// <summary>Turns a stem and a written-form hash back into words, from the stored text of an article using them: the
/// index keeps only stems and hashes. Caches stems and article words for one correction.</summary>
internal sealed class WrittenForms(IndexReader reader)
{
    private static readonly FrenchNewsAnalyzer Analyzer = new();
    private readonly IndexReader _reader = reader;
    private readonly Dictionary<string, string?> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<int, WrittenWord[]> _texts = [];

    /// <summary>The written forms (accents folded) of a stem carrying <paramref name="hash"/>, found in the stored text of
    /// the first article using the stem written that way.</summary>
    public IEnumerable<string> Of(StemSurfaces surfaces, byte hash)
    {
        var doc = surfaces.FirstArticle(hash);
        if (!_texts.TryGetValue(doc, out var words))
        {
            _texts[doc] = words = WordsOf(doc);
        }

        // Hash first (cheap), stem only the few words that pass.
        return words.Where(w => w.Hash == hash && StemOf(w.Original) == surfaces.Stem).Select(w => w.Folded);
    }

    /// <summary>The distinct words of an article's stored title and body, lower-cased, as written and accent-folded (the
    /// stem must be taken from the word with its accents, as at indexing).</summary>
    private WrittenWord[] WordsOf(int doc)
    {
        var visitor = new DocumentStoredFieldVisitor(FieldNames.Marked);
        _reader.Document(doc, visitor);
        var text = $"{visitor.Document.Get(FieldNames.Title)}\n{visitor.Document.Get(FieldNames.Body)}";
        var words = new SortedSet<string>(StringComparer.Ordinal);
        using (var stream = FrenchNewsAnalyzer.SurfaceForms(FrenchNewsAnalyzer.NewTokenizer(FrenchNewsAnalyzer.Prepare(new StringReader(text)))))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(term.ToString());
            }

            stream.End();
        }

        return [.. words.Select(w => new WrittenWord(w, AccentFolding.Fold(w), SurfaceMarks.HashOf(w)))];
    }

    /// <summary>The stem of one written word, or <c>null</c> for a stop word (or text that is not one word).</summary>
    public string? StemOf(string word)
    {
        if (!_stems.TryGetValue(word, out var stem))
        {
            var tokens = Analyzer.Tokens(word);
            _stems[word] = stem = tokens.Count == 1 ? tokens[0] : null;
        }

        return stem;
    }

    /// <summary>A word of stored text: lower-cased as written, accent-folded, and the hash its positions carry.</summary>
    private readonly record struct WrittenWord(string Original, string Folded, byte Hash);
}
