using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsSearch.Search;

namespace NewsSearch.Server.Endpoints;

/// <summary>Reads <c>q, top, page, source, from, to, sort</c> from a query string into a <see cref="SearchRequest"/>,
/// collecting one sentence per bad parameter (the text of a 400 answer).</summary>
internal static class SearchParameters
{
    /// <summary>Longest query accepted over HTTP; longer ones are refused rather than silently cut.</summary>
    public const int MaxQueryLength = 1_000;

    /// <summary>Deepest result position a page may reach (page × top), so one request cannot make the engine rank millions.</summary>
    public const int MaxResultWindow = 10_000;

    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Read(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var q = Single(query, "q", errors);
        if (string.IsNullOrWhiteSpace(q) && !errors.ContainsKey("q"))
        {
            errors["q"] = ["The query 'q' is missing or empty."];
        }
        else if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [string.Create(CultureInfo.InvariantCulture, $"The query 'q' is {q.Length} characters long; at most {MaxQueryLength} are accepted.")];
        }

        var top = Number(query, "top", 10, 1, SearchRequest.MaxPageSize, errors);
        var page = Number(query, "page", 1, 1, int.MaxValue, errors);
        if (!errors.ContainsKey("top") && !errors.ContainsKey("page") && (long)top * page > MaxResultWindow)
        {
            errors["page"] = [string.Create(CultureInfo.InvariantCulture, $"'page' × 'top' must be at most {MaxResultWindow}: results beyond the first {MaxResultWindow} are not served.")];
        }

        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from > to)
        {
            errors["to"] = ["'from' must not be after 'to'."];
        }

        var sortText = Single(query, "sort", errors);
        SearchSort sort = SearchSort.Relevance;
        if (sortText is not null && !TryParseSort(sortText, out sort))
        {
            errors["sort"] = [$"'sort' must be 'relevance' or 'date', not '{Problems.Shorten(sortText)}'."];
        }

        var sources = query["source"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToArray();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SearchRequest
        {
            Query = q!,
            PageSize = top,
            Page = page,
            Sources = sources,
            From = from,
            To = to,
            Sort = sort,
        }, errors);
    }

    /// <summary>Reads an optional whole number in a range.</summary>
    public static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = Single(query, name, errors);
        if (text is null || text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors[name] = [max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number of at least {min}, not '{Problems.Shorten(text)}'.")
                : string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number from {min} to {max}, not '{Problems.Shorten(text)}'.")];
            return fallback;
        }

        return value;
    }

    private static bool TryParseSort(string text, out SearchSort sort)
    {
        sort = text.ToUpperInvariant() switch
        {
            "RELEVANCE" or "" => SearchSort.Relevance,
            "DATE" => SearchSort.Date,
            _ => (SearchSort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    public static DateOnly? Date(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var text = Single(query, name, errors);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"'{name}' must be an ISO date such as 2023-10-24, not '{Problems.Shorten(text)}'."];
        return null;
    }

    public static string? Single(IQueryCollection query, string name, Dictionary<string, string[]> errors)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            errors[name] = [$"'{name}' is given {values.Count} times; give it once."];
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }
}
