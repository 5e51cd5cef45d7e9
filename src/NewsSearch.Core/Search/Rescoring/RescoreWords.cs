using NewsSearch.Analysis;
using NewsSearch.Search.Expansion;

namespace NewsSearch.Search.Rescoring;

/// <summary>Collects, while a query is built, what the rescoring of its top hits looks for: each concept's stems
/// (every way of matching it) and typed forms, and the runs of plain words as typed.</summary>
internal sealed class RescoreWords(FieldQueries fields, WordConcepts normaliser)
{
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _concepts = [];
    private readonly List<IReadOnlyList<IReadOnlyList<string>>> _typedForms = [];
    private readonly List<IReadOnlyList<string>> _runs = [];
    private readonly Dictionary<string, WrittenWord> _words = new(StringComparer.Ordinal);

    /// <summary>Keeps one run of consecutive plain words and the concepts built from it.</summary>
    public void Add(IEnumerable<string> run, IReadOnlyList<Concept> concepts)
    {
        foreach (var concept in concepts)
        {
            var ways = concept.Alternatives
                .Select(a => (IReadOnlyList<string>)fields.Analyze(a).Select(t => t.Text).ToList())
                .Where(stems => stems.Count > 0)
                .ToList();
            if (ways.Count > 0)
            {
                _concepts.Add(ways);
                _typedForms.Add(TypedForms(concept));
            }
        }

        // A synonym member is matched whole already, and its words side by side must not favour the written-out form
        // over the acronym: the run is cut around it.
        var words = run.SelectMany(normaliser.Normalise).Select(w => w.Normal).ToList();
        var cut = new bool[words.Count];
        foreach (var member in concepts.Where(c => c.IsSynonymGroup).Select(c => c.Typed))
        {
            for (var start = 0; start + member.Count <= words.Count; start++)
            {
                if (words.Skip(start).Take(member.Count).SequenceEqual(member))
                {
                    Array.Fill(cut, true, start, member.Count);
                }
            }
        }

        var piece = new List<string>();
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !cut[i])
            {
                piece.Add(words[i]);
            }
            else if (piece.Count > 0)
            {
                _runs.Add(piece);
                piece.ForEach(Remember);
                piece = [];
            }
        }
    }

    /// <summary>What was collected, or <c>null</c> when the query had no concept to rescore by.</summary>
    public RescoreTerms? Terms() => _concepts.Count > 0 ? new RescoreTerms(_concepts, _typedForms, _runs, _words) : null;

    /// <summary>The forms a concept was asked in (the typed words, or every member of its synonym group), as written
    /// words, stop words left out: they are not indexed, so they cannot be asked for.</summary>
    private List<IReadOnlyList<string>> TypedForms(Concept concept)
    {
        var forms = concept.IsSynonymGroup
            ? concept.Alternatives.Where(a => !a.FamilyStem).Select(a => normaliser.Normalise(a.Text).Select(w => w.Normal).ToList())
            : [concept.Typed.ToList()];
        var kept = new List<IReadOnlyList<string>>();
        foreach (var form in forms)
        {
            form.ForEach(Remember);
            var content = form.Where(w => _words[w].Stem is not null).ToList();
            if (content.Count > 0)
            {
                kept.Add(content);
            }
        }

        return kept;
    }

    private void Remember(string word)
    {
        if (!_words.ContainsKey(word))
        {
            var stems = fields.Analyze(word);
            _words[word] = new WrittenWord(stems.Count == 1 ? stems[0].Text : null, SurfaceMarks.HashOf(word), SurfaceMarks.StopId(word));
        }
    }
}
