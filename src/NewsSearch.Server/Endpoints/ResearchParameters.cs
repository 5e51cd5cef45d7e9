using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsSearch.Search.Coverage;
using NewsSearch.Search.SignificantTerms;
using NewsSearch.Server.Contracts;

namespace NewsSearch.Server.Endpoints;

/// <summary>Reads the query strings of <c>/api/coverage</c> (<c>q</c> repeated, <c>by</c>, <c>bySource</c>) and
/// <c>/api/terms</c> (<c>q</c>, <c>top</c>), with the filters of <c>/api/search</c> (<c>source</c>, <c>from</c>,
/// <c>to</c>); one sentence per bad parameter.</summary>
internal static class ResearchParameters
{
    public static (CoverageRequest? Request, Dictionary<string, string[]> Errors) Coverage(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var queries = query["q"].Select(q => q?.Trim() ?? "").ToArray();
        if (queries.Length == 0 || queries.Any(q => q.Length == 0))
        {
            errors["q"] = ["Give each query as a non-empty 'q' (repeat 'q' to compare several)."];
        }
        else if (queries.Length > CoverageRequest.MaxQueries)
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"At most {CoverageRequest.MaxQueries} queries ('q') can be compared at once.")];
        }
        else if (queries.FirstOrDefault(q => q.Length > SearchParameters.MaxQueryLength) is { } tooLong)
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"A query 'q' is {tooLong.Length} characters long; at most {SearchParameters.MaxQueryLength} are accepted.")];
        }

        var byText = SearchParameters.Single(query, "by", errors);
        var by = CoverageInterval.Month;
        if (!string.IsNullOrEmpty(byText) && !CoverageJson.TryParse(byText, out by))
        {
            errors["by"] = [$"'by' must be 'day', 'week', 'month' or 'year', not '{Problems.Shorten(byText)}'."];
        }

        var bySourceText = SearchParameters.Single(query, "bySource", errors);
        var bySource = false;
        if (!string.IsNullOrEmpty(bySourceText) && !bool.TryParse(bySourceText, out bySource))
        {
            errors["bySource"] = [$"'bySource' must be 'true' or 'false', not '{Problems.Shorten(bySourceText)}'."];
        }

        var (sources, from, to) = Filters(query, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new CoverageRequest { Queries = queries, By = by, BySource = bySource, Sources = sources, From = from, To = to }, errors);
    }

    public static (TermsRequest? Request, Dictionary<string, string[]> Errors) Terms(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var q = SearchParameters.Single(query, "q", errors);
        if (string.IsNullOrWhiteSpace(q) && !errors.ContainsKey("q"))
        {
            errors["q"] = ["The query 'q' is missing or empty."];
        }
        else if (q is { Length: > SearchParameters.MaxQueryLength })
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"The query 'q' is {q.Length} characters long; at most {SearchParameters.MaxQueryLength} are accepted.")];
        }

        var top = SearchParameters.Number(query, "top", 20, 1, TermsRequest.MaxTop, errors);
        var (sources, from, to) = Filters(query, errors);
        return errors.Count > 0
            ? (null, errors)
            : (new TermsRequest { Query = q!, Top = top, Sources = sources, From = from, To = to }, errors);
    }

    private static (string[] Sources, DateOnly? From, DateOnly? To) Filters(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        var from = SearchParameters.Date(query, "from", errors);
        var to = SearchParameters.Date(query, "to", errors);
        if (from > to)
        {
            errors["to"] = ["'from' must not be after 'to'."];
        }

        return ([.. query["source"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())], from, to);
    }
}
