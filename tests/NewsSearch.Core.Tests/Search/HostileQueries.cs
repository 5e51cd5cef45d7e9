using System.Text;

namespace NewsSearch.Core.Tests.Search;

/// <summary>Generates hostile query texts from a seed: two thirds follow the query grammar (words, phrases, operators,
/// groups, fields, prefixes, fuzzy marks, and the Lucene syntax a user may try: ranges, regexes, boosts, wildcards),
/// nested and repeated beyond reason; one third is random bytes and code points (control characters, lone
/// surrogates, combining marks, right-to-left text, emoji). Shared by the fuzz test and the hostile-query drill.</summary>
public sealed class HostileQueries(int seed)
{
    private static readonly string[] Words =
    [
        "IA", "intelligence", "artificielle", "Merkel", "Merkell", "Macron", "Brexit", "UE", "OMS", "covid", "élections",
        "aujourd'hui", "Jean-Luc", "États-Unis", "Côte d'Ivoire", "l'", "qu'", "le", "la", "de", "pourquoi", "comment",
        "2020", "19", "0", "a", "aa", "zzzzzzzz", "œuvre", "naïveté", "ﬁnance", "ÉCONOMIE", "économie",
    ];

    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||", "!", "-", "+", "and", "or", "ET", "OU"];
    private static readonly string[] Fields = ["title:", "source:", "body:", "id:", "published:", "url:", ":", "title::"];
    private static readonly string[] Suffixes = ["*", "**", "?", "~", "~2", "~0.5", "^10", "^", "*~", "~*", "\\", "/"];
    private static readonly string[] Lucene = ["[a TO z]", "{* TO *}", "[2020 TO 2021]", "/.*/", "/(a|aa)*b/", "/[a-z]{1,100}/", "a*b*c*d*", "*a", "?a", "*", "**", "\"a\"~100", "\"\"", "\\*", "\\\"", "_exists_:title"];
    private static readonly string[] Odd = ["\u0000", "\u0001", "\u001f", "\u007f", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udc00", "\u0301", "\u0645\u0631\u062d\u0628\u0627", "\U0001F600", "\u4e2d\u6587", "\t", "\n", "\r\n", "\u00a0", "\u2019", "\u00ab", "\u00bb", "\u201c", "\u201d"];
    private readonly Random _random = new(seed);

    /// <summary>The next query text.</summary>
    public string Next() => _random.Next(3) switch
    {
        0 => RandomText(),
        _ => Expression(0),
    };

    private string Expression(int depth)
    {
        var parts = _random.Next(1, depth == 0 ? 12 : 5);
        var builder = new StringBuilder();
        for (var i = 0; i < parts; i++)
        {
            if (i > 0)
            {
                builder.Append(_random.Next(4) == 0 ? " " + Pick(Operators) + " " : " ");
            }

            builder.Append(Part(depth));
        }

        return _random.Next(40) == 0 ? Repeat(builder.ToString()) : builder.ToString();
    }

    private string Part(int depth) => _random.Next(14) switch
    {
        0 when depth < 6 => "(" + Expression(depth + 1) + (_random.Next(5) == 0 ? "" : ")"),
        1 => "\"" + string.Join(' ', Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(Words))) + (_random.Next(5) == 0 ? "" : "\""),
        2 => Pick(Fields) + Word(),
        3 => Word() + Pick(Suffixes),
        4 => Pick(Lucene),
        5 => Pick(Odd) + Word() + Pick(Odd),
        6 => new string('(', _random.Next(1, 200)) + Word() + new string(')', _random.Next(0, 200)),
        7 => string.Concat(Enumerable.Repeat(Pick(Words) + " ", _random.Next(10, 300))),
        8 => new string(Pick(Words)[0], _random.Next(100, 3000)),
        9 => Pick(Operators),
        _ => Word(),
    };

    private string Word() => _random.Next(6) == 0 ? Mangle(Pick(Words)) : Pick(Words);

    // A word with a letter doubled, dropped or swapped: what fuzzy matching and spelling correction try hardest on.
    private string Mangle(string word)
    {
        if (word.Length < 2)
        {
            return word + word;
        }

        var at = _random.Next(word.Length - 1);
        return _random.Next(3) switch
        {
            0 => word.Insert(at, word[at].ToString()),
            1 => word.Remove(at, 1),
            _ => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
        };
    }

    private string Repeat(string text) => string.Concat(Enumerable.Repeat(text + " ", 1 + 2_000 / Math.Max(1, text.Length)));

    private string RandomText()
    {
        var length = _random.Next(4) == 0 ? _random.Next(1_000, 20_000) : _random.Next(1, 80);
        if (_random.Next(2) == 0)
        {
            // Random bytes read as UTF-8 (invalid sequences become U+FFFD) or as Latin-1.
            var bytes = new byte[length];
            _random.NextBytes(bytes);
            return _random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        }

        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(_random.Next(5) switch
            {
                0 => Pick(Odd),
                1 => ((char)_random.Next(0x20, 0x7f)).ToString(),
                2 => char.ConvertFromUtf32(_random.Next(0x80, 0xd7ff)),
                3 => char.ConvertFromUtf32(_random.Next(0x10000, 0x10ffff)),
                _ => ((char)_random.Next(0, 0x10000)).ToString(),
            });
        }

        return builder.ToString();
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
