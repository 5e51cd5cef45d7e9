namespace NewsSearch.Indexing;

/// <summary>The Lucene field names of an article document.</summary>
internal static class FieldNames
{
    /// <summary>Exact id, stored; the key of upserts.</summary>
    public const string Id = "id";

    /// <summary>Analysed and stored headline.</summary>
    public const string Title = "title";

    /// <summary>Analysed and stored article text.</summary>
    public const string Body = "body";

    /// <summary>The stemmed fields whose positions carry <see cref="Analysis.SurfaceMarks"/> (title and body).</summary>
    public static readonly string[] Marked = [Title, Body];

    /// <summary>Outlet name as written, stored and indexed exactly.</summary>
    public const string Source = "source";

    /// <summary>Outlet name lower-cased and folded, for case- and accent-insensitive filters and facets.</summary>
    public const string SourceKey = "source_key";

    /// <summary>Publication date as an ISO date, stored.</summary>
    public const string Published = "published";

    /// <summary>Publication date as a day number (days since 0001-01-01): range-filterable and sortable.</summary>
    public const string PublishedDay = "published_day";

    /// <summary>When the article was first indexed, in milliseconds since 1970-01-01 UTC (numeric doc values only; 0 when
    /// the article was indexed before these times were recorded): what saved searches (watches) and their feeds
    /// follow, since a story can be published long before it reaches the index.</summary>
    public const string IndexedAt = "indexed_at";

    /// <summary>Original address, stored.</summary>
    public const string Url = "url";

    /// <summary>Language code, stored.</summary>
    public const string Lang = "lang";

    /// <summary>The file the article was read from, indexed exactly so a file's articles can be found and removed.</summary>
    public const string Origin = "origin";

    /// <summary>MinHash signature of the body (binary doc values only), so near-duplicate copies of one story can be collapsed.</summary>
    public const string BodySignature = "body_minhash";

    /// <summary>The label of the article's story among its near-duplicate copies (numeric doc values, updated in place
    /// at the end of each indexing run; 0 for an article with no copy): see <see cref="Labelling.DuplicateLabelling"/>.</summary>
    public const string DuplicateCluster = "dup_cluster";

    /// <summary>The keys of the signature's bands (<see cref="Search.Collapsing.SignatureBands"/>), indexed not stored:
    /// the candidate copies of an article are looked up by band, without reading the archive's signatures.</summary>
    public const string DuplicateBand = "dup_band";

    /// <summary>Hash of the article's content, stored, so re-indexing an unchanged article writes nothing.</summary>
    public const string ContentHash = "content_hash";

    /// <summary>The article's address, normalised (<see cref="DuplicateKeys.Url"/>), indexed not stored: finds copies under another id.</summary>
    public const string UrlKey = "dup_url";

    /// <summary>A hash of the normalised title and body, indexed not stored: finds copies under another id.</summary>
    public const string TextKey = "dup_text";

    /// <summary>Each acronym the article defines, with its expansion (<see cref="AcronymTerms"/>), indexed not stored:
    /// looked up by acronym.</summary>
    public const string Acronym = "acronym";

    /// <summary>The same pairs keyed by expansion (<see cref="AcronymTerms"/>), indexed not stored: looked up by expansion.</summary>
    public const string AcronymExpansion = "acronym_expansion";
}
