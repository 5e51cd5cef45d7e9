namespace NewsSearch.Search.SignificantTerms;

/// <summary>A word (one stem) or a name (its stems in order, <c>""</c> where a particle stands) met in the sample, with the articles of the
/// sample holding it and how often each written form was used.</summary>
internal sealed class Candidate(string[] stems, bool isName)
{
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private int _lastArticle = -1;

    public string[] Stems { get; } = stems;

    public bool IsName { get; } = isName;

    /// <summary>Articles of the sample holding it.</summary>
    public int SampleArticles { get; private set; }

    /// <summary>Its uses in the sample.</summary>
    public int Uses { get; private set; }

    /// <summary>Its uses as one half of a name whose other half is a query word (<c>Emmanuel</c> in <c>Emmanuel Macron</c>
    /// when the query is <c>Macron</c>).</summary>
    public int UsesBesideQuery { get; set; }

    /// <summary>The form most often written (ties: the first in ordinal order, so answers are stable).</summary>
    public string Written => _forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Counts one use in the sample's article number <paramref name="article"/>.</summary>
    public void Add(int article, string written)
    {
        if (article != _lastArticle)
        {
            _lastArticle = article;
            SampleArticles++;
        }

        Uses++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_forms, written, out _)++;
    }
}
