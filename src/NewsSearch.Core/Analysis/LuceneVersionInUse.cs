using Lucene.Net.Util;

namespace NewsSearch.Analysis;

/// <summary>The one place that names the Lucene compatibility version.</summary>
internal static class LuceneVersionInUse
{
    public const LuceneVersion Value = LuceneVersion.LUCENE_48;
}
