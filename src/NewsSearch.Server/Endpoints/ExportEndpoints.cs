using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using NewsSearch.Export;

namespace NewsSearch.Server.Endpoints;

/// <summary><c>GET /api/export</c>: every matching article as CSV or JSON Lines, streamed as it is read (no page
/// limit, flat memory), with a file name for the browser; the same rows as <c>newssearch export</c>.</summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/export", Export)
        .WithName("Export")
        .WithSummary("Every matching article (copies included) as CSV or JSON Lines, streamed.")
        .WithDescription("The same rows as `newssearch export`. CSV: RFC 4180, UTF-8, header id,title,source,published,url,score,snippet (body last with body=true); cells that a spreadsheet would run as formulas start with an apostrophe.")
        .WithTags("Research")
        .DescribeQuery(
            new("q", JsonSchemaType.String, "The query, as for /api/search.", Required: true),
            new("format", JsonSchemaType.String, "csv (default) or jsonl."),
            new("source", JsonSchemaType.String, "Only this outlet (repeatable).", Repeatable: true),
            new("from", JsonSchemaType.String, "Only articles published on or after this ISO date."),
            new("to", JsonSchemaType.String, "Only articles published on or before this ISO date."),
            new("sort", JsonSchemaType.String, "relevance (default) or date."),
            new("body", JsonSchemaType.Boolean, "true to add each article's text (a last column)."),
            new("bom", JsonSchemaType.Boolean, "true to start a CSV with a UTF-8 byte order mark (for Excel)."))
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> Export(HttpContext context, NewsSearchEngine engine)
    {
        var query = context.Request.Query;
        var (search, errors) = SearchParameters.Read(query);
        var format = Choice(query, "format", errors, ("csv", ExportFormat.Csv), ("jsonl", ExportFormat.JsonLines));
        var withBody = Flag(query, "body", errors);
        var bom = Flag(query, "bom", errors);
        if (search is null || errors.Count > 0)
        {
            return Problems.BadRequest(errors);
        }

        var request = new ExportRequest
        {
            Query = search.Query,
            Sources = search.Sources,
            From = search.From,
            To = search.To,
            Sort = search.Sort,
            WithBody = withBody,
            ByteOrderMark = bom,
        };
        var response = context.Response;
        response.ContentType = format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/jsonl; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentDisposition = Disposition(search.Query, format == ExportFormat.Csv ? "csv" : "jsonl");
        // Nothing is known to fail before the first row; a failure after it aborts the response, which the browser
        // reports as a failed download rather than a complete-looking file.
        await engine.ExportAsync(request, response.Body, format, cancellationToken: context.RequestAborted);
        return Results.Empty;
    }

    /// <summary><c>attachment; filename="newssearch-ia-responsable.csv"</c>, with the UTF-8 form for accented queries.</summary>
    internal static string Disposition(string query, string extension)
    {
        var slug = new StringBuilder();
        foreach (var c in query.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = "newssearch-" + (slug.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)].TrimEnd('-') : "export") + "." + extension;
        return new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
    }

    private static T Choice<T>(IQueryCollection query, string name, Dictionary<string, string[]> errors, params (string Text, T Value)[] choices)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return choices[0].Value;
        }

        foreach (var (choice, value) in choices)
        {
            if (string.Equals(text, choice, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        errors[name] = [$"'{name}' must be {string.Join(" or ", choices.Select(c => $"'{c.Text}'"))}, not '{Problems.Shorten(text)}'."];
        return choices[0].Value;
    }

    private static bool Flag(IQueryCollection query, string name, Dictionary<string, string[]> errors) =>
        Choice(query, name, errors, ("false", false), ("true", true), ("0", false), ("1", true));
}
