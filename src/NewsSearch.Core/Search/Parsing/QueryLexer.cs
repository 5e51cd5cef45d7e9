using System.Text;

namespace NewsSearch.Search.Parsing;

internal enum TokenKind
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,
    Minus,
    Plus,
}

/// <param name="Kind">What the token is.</param>
/// <param name="Text">The word or phrase text.</param>
/// <param name="Field">A <c>field:</c> prefix written before the word or phrase.</param>
/// <param name="Closed">For phrases: whether the closing quote was there.</param>
internal sealed record QueryToken(TokenKind Kind, string Text = "", string? Field = null, bool Closed = true);

/// <summary>Splits query text into words, phrases and operators. Never fails: every character ends up somewhere.</summary>
internal static class QueryLexer
{
    private static readonly string[] Fields = ["title", "source"];

    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(TokenKind.Open));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(TokenKind.Close));
                i++;
            }
            else if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                tokens.Add(ReadPhrase(text, ref i, field: null));
            }
            else if (c is '-' or '+' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('-' or '+' or ')'))
            {
                tokens.Add(new QueryToken(c == '-' ? TokenKind.Minus : TokenKind.Plus));
                i++;
            }
            else
            {
                tokens.Add(ReadWord(text, ref i));
            }
        }

        return tokens;
    }

    private static QueryToken ReadWord(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !char.IsControl(text[i]) && text[i] is not ('(' or ')' or '"'))
        {
            i++;
        }

        var word = text[start..i];
        switch (word)
        {
            case "AND" or "&&": return new QueryToken(TokenKind.And);
            case "OR" or "||": return new QueryToken(TokenKind.Or);
            case "NOT": return new QueryToken(TokenKind.Not);
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && Fields.Contains(word[..colon].ToLowerInvariant()))
        {
            var field = word[..colon].ToLowerInvariant();
            var rest = word[(colon + 1)..];
            if (rest.Length == 0 && i < text.Length && text[i] == '"')
            {
                return ReadPhrase(text, ref i, field);
            }

            return new QueryToken(TokenKind.Word, rest, field);
        }

        return new QueryToken(TokenKind.Word, word);
    }

    private static QueryToken ReadPhrase(string text, ref int i, string? field)
    {
        i++; // opening quote
        var phrase = new StringBuilder();
        while (i < text.Length && text[i] is not ('"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'))
        {
            phrase.Append(text[i]);
            i++;
        }

        var closed = i < text.Length;
        if (closed)
        {
            i++;
        }

        return new QueryToken(TokenKind.Phrase, phrase.ToString(), field, closed);
    }
}
