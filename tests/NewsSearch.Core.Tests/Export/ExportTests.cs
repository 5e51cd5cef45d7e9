using System.Text;
using System.Text.Json;
using NewsSearch.Articles;
using NewsSearch.Core.Tests.Search;
using NewsSearch.Export;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Export;

public sealed class ExportTests
{
    private static readonly string[] Header = ["id", "title", "source", "published", "url", "score", "snippet"];

    [Theory]
    [InlineData("marché")]
    [InlineData("marché pétrole")]
    [InlineData("pétrole OR nouvelle")]
    [InlineData("marché -pétrole")]
    public void Every_article_of_the_match_set_is_exported_once(string query)
    {
        using var room = Newsroom.Standard();
        var search = room.Engine.Search(new SearchRequest { Query = query, CollapseDuplicates = false });
        var listed = room.AllPages(new SearchRequest { Query = query, CollapseDuplicates = false, Sort = SearchSort.Date, PageSize = 100 });

        var rows = room.Engine.Export(new ExportRequest { Query = query }).ToList();

        Assert.Equal(search.Total, rows.Count);
        Assert.Equal(listed.Select(h => h.Id).Order(), rows.Select(r => r.Id).Order());
    }

    [Fact]
    public void Copies_of_a_story_are_all_exported_and_the_best_match_comes_first()
    {
        using var room = new Newsroom(Wire.All());
        var search = room.Engine.Search(new SearchRequest { Query = "sécheresse Souss", CollapseDuplicates = false });

        var rows = room.Engine.Export(new ExportRequest { Query = "sécheresse Souss" }).ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal(search.Total, rows.Count);
        Assert.Equal(search.Hits[0].Id, rows[0].Id);
        Assert.Equal(Math.Round(search.Hits[0].Score, 4), rows[0].Score, 3);
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Score >= p.Second.Score), "relevance order");
    }

    [Fact]
    public void Filters_and_date_order_apply_as_in_a_search()
    {
        using var room = Newsroom.Standard();
        var request = new SearchRequest { Query = "marché", Sources = ["le matin"], From = new DateOnly(2020, 1, 1), Sort = SearchSort.Date, CollapseDuplicates = false, PageSize = 100 };
        var expected = room.AllPages(request).Select(h => h.Id).ToList();

        var rows = room.Engine.Export(new ExportRequest { Query = "marché", Sources = ["le matin"], From = new DateOnly(2020, 1, 1), Sort = SearchSort.Date }).ToList();

        Assert.NotEmpty(rows);
        Assert.Equal(expected, rows.Select(r => r.Id));
        Assert.All(rows, r => Assert.Equal("le matin", r.Source!.ToLowerInvariant()));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Published >= p.Second.Published), "newest first");
    }

    [Fact]
    public async Task Csv_is_rfc_4180_with_the_contract_header_and_survives_quotes_commas_line_breaks_and_formulas()
    {
        string[] titles =
        [
            "Il a dit \"non\", puis \"oui\"",
            "Ligne un\nligne deux\r\nligne trois",
            "=HYPERLINK(\"http://exemple.test\";\"clic\")",
            "+33 % pour l'IA",
            "-5 °C sur l'IA, un record",
            "@IA, le compte",
            "\tIA tabulée",
            "Noël, l'été, l'IA : ça marche 😀",
        ];
        var articles = titles.Select((t, i) => Some.Article($"t{i}", t, $"L'IA dans l'article {i}, avec \"guillemets\" et virgules.", source: "Le Matin") with { Url = $"https://exemple.test/{i}" }).ToList();
        using var room = new Newsroom(articles);
        using var output = new MemoryStream();

        var summary = await room.Engine.ExportAsync(new ExportRequest { Query = "IA", WithBody = true }, output, ExportFormat.Csv);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.False(text.StartsWith('\uFEFF'));
        var records = CsvText.Parse(text);
        Assert.Equal([.. Header, "body"], records[0]);
        Assert.Equal(titles.Length, summary.Rows);
        Assert.Equal(titles.Length, records.Count - 1);
        var byId = records.Skip(1).ToDictionary(r => r[0]);
        for (var i = 0; i < titles.Length; i++)
        {
            var row = byId[$"t{i}"];
            Assert.Equal(8, row.Length);
            Assert.Equal(titles[i], Unescape(row[1]));
            Assert.Equal(articles[i].Body, row[7]);
            Assert.Equal("2023-10-24", row[3]);
            Assert.Equal($"https://exemple.test/{i}", row[4]);
            Assert.True(double.TryParse(row[5], System.Globalization.CultureInfo.InvariantCulture, out var score) && score > 0);
            Assert.DoesNotContain("<mark>", row[6], StringComparison.Ordinal);
            Assert.Contains("IA", row[6], StringComparison.Ordinal);
            Assert.Contains("\"guillemets\"", row[6], StringComparison.Ordinal);
        }

        // What a spreadsheet would run is neutralised: every cell starting like a formula starts with an apostrophe.
        Assert.All(records.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), cell));
        Assert.Equal("'=HYPERLINK(\"http://exemple.test\";\"clic\")", byId["t2"][1]);
    }

    [Fact]
    public void A_row_snippet_is_plain_text_around_the_first_match_of_a_long_body()
    {
        var filler = string.Concat(Enumerable.Repeat("Le conseil a débattu du budget communal pendant des heures. ", 15));
        var article = Some.Article("long", "Séance du conseil", filler + "Enfin, les inondations ont été évoquées & chiffrées <vite>. " + filler);
        using var room = new Newsroom([article, Some.Article("title-only", "Inondations", filler)]);

        var rows = room.Engine.Export(new ExportRequest { Query = "inondation" }).ToDictionary(r => r.Id);

        var snippet = rows["long"].Snippet;
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("les inondations ont été évoquées & chiffrées <vite>.", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 100, 240);
        Assert.StartsWith("Le conseil a débattu", rows["title-only"].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_starts_the_csv_only_when_asked()
    {
        using var room = new Newsroom([Some.Article("a", "Canicule à Noël", "Une canicule en été.")]);
        using var output = new MemoryStream();

        await room.Engine.ExportAsync(new ExportRequest { Query = "canicule", ByteOrderMark = true }, output, ExportFormat.Csv);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), output.ToArray()[..3]);
        Assert.Equal("Canicule à Noël", CsvText.Parse(Encoding.UTF8.GetString(output.ToArray()[3..]))[1][1]);
    }

    [Fact]
    public async Task Json_lines_hold_one_article_per_line_with_the_same_fields()
    {
        var articles = new[]
        {
            Some.Article("a", "Deux\nlignes et \"guillemets\"", "L'IA\u2028ici, l'été.") with { Url = "https://exemple.test/a" },
            Some.Article("b", "Sans date ni source", "L'IA encore.", source: null) with { Published = null },
        };
        using var room = new Newsroom(articles);
        using var output = new MemoryStream();

        await room.Engine.ExportAsync(new ExportRequest { Query = "IA" }, output, ExportFormat.JsonLines);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n');
        Assert.Equal("", lines[^1]);
        var objects = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal(2, objects.Count);
        Assert.Equal(Header, objects["a"].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Deux\nlignes et \"guillemets\"", objects["a"].GetProperty("title").GetString());
        Assert.Equal("2023-10-24", objects["a"].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Number, objects["a"].GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, objects["b"].GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, objects["b"].GetProperty("source").ValueKind);
        Assert.Contains("l'été", objects["a"].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_without_matches_writes_the_header_alone_and_a_bad_range_is_refused()
    {
        using var room = Newsroom.Standard();
        using var output = new MemoryStream();

        var summary = await room.Engine.ExportAsync(new ExportRequest { Query = "introuvablissime" }, output, ExportFormat.Csv);

        Assert.Equal(0, summary.Rows);
        Assert.Equal("id,title,source,published,url,score,snippet\r\n", Encoding.UTF8.GetString(output.ToArray()));
        await Assert.ThrowsAsync<ArgumentException>(() => room.Engine.ExportAsync(
            new ExportRequest { Query = "marché", From = new DateOnly(2022, 1, 1), To = new DateOnly(2021, 1, 1) }, Stream.Null, ExportFormat.Csv));
    }

    [Fact]
    public void A_cancelled_export_stops_between_rows()
    {
        using var room = Newsroom.Standard();
        using var cancel = new CancellationTokenSource();
        var read = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var row in room.Engine.Export(new ExportRequest { Query = "marché" }, cancel.Token))
            {
                if (++read == 3)
                {
                    cancel.Cancel();
                }
            }
        });
        Assert.Equal(3, read);
    }

    /// <summary>Undoes the export's formula protection, as a reader who wants the text back would.</summary>
    private static string Unescape(string cell) => cell.Length > 1 && cell[0] == '\'' && "=+-@\t\r".Contains(cell[1]) ? cell[1..] : cell;
}
