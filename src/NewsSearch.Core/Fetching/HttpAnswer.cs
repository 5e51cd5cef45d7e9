namespace NewsSearch.Fetching;

/// <summary>The validators of a resource fetched before, sent back so an unchanged one costs a <c>304</c>.</summary>
/// <param name="ETag">The <c>ETag</c> it came with.</param>
/// <param name="LastModified">The <c>Last-Modified</c> it came with, as sent.</param>
internal sealed record Validators(string? ETag, string? LastModified);

/// <summary>A fetched resource: its final address (after redirects), body and how to decode it, its validators;
/// or a <c>304 Not Modified</c>.</summary>
internal sealed record HttpAnswer(Uri Url, int Status, byte[] Body, string? Charset, Validators Validators)
{
    public bool NotModified => Status == 304;
}

/// <summary>The outcome of one fetch: an answer, or why there is none. A permanent failure (robots.txt, a refused
/// address, a bad redirect) is not worth trying again next round; a temporary one is.</summary>
internal sealed record FetchOutcome(HttpAnswer? Answer, string? Failure, bool Permanent = false)
{
    public static FetchOutcome Of(HttpAnswer answer) => new(answer, null);

    public static FetchOutcome Fail(string reason, bool permanent = false) => new(null, reason, permanent);
}
