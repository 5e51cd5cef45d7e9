namespace NewsSearch.Search.SignificantTerms;

/// <summary>A word (one stem) or a name (its stems in order, <c>""</c> where a particle stands) met in the sample,
/// with the articles of the sample holding it and how often each written form was used.</summary>
internal sealed class Candidate
{
    private readonly Dictionary<string, int> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _formsBySpan;
    private int _lastArticle = -1;

    public Candidate(string[] stems, bool isName)
    {
        Stems = stems;
        IsName = isName;
        _formsBySpan = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string[] Stems { get; }

    public bool IsName { get; }

    /// <summary>Articles of the sample holding it.</summary>
    public int SampleArticles { get; private set; }

    /// <summary>Its uses in the sample.</summary>
    public int Uses { get; private set; }

    /// <summary>Its uses as one half of a name whose other half is a query word (<c>Emmanuel</c> in <c>Emmanuel Macron</c>
    /// when the query is <c>Macron</c>).</summary>
    public int UsesBesideQuery { get; set; }

    /// <summary>The form most often written (ties: the first in ordinal order, so answers are stable).</summary>
    public string Written => _forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Counts one use in the sample's article number <paramref name="article"/>, written as <paramref name="written"/>.</summary>
    public void Add(int article, ReadOnlySpan<char> written)
    {
        if (article != _lastArticle)
        {
            _lastArticle = article;
            SampleArticles++;
        }

        Uses++;
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_formsBySpan, written, out _)++;
    }
}
