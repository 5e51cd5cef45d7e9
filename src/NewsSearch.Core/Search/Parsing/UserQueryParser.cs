namespace NewsSearch.Search.Parsing;

/// <summary>Parses what a person typed into a <see cref="QueryNode"/>. Malformed syntax (unbalanced parentheses or quotes,
/// dangling operators) is not an error: the text is then read as plain words, and <see cref="ParsedQuery.FellBack"/> says so.</summary>
internal sealed class UserQueryParser
{
    private readonly List<QueryToken> _tokens;
    private int _next;

    private UserQueryParser(List<QueryToken> tokens) => _tokens = tokens;

    public static ParsedQuery Parse(string text)
    {
        var tokens = QueryLexer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return new ParsedQuery(null, FellBack: false);
        }

        if (tokens.Any(t => t is { Kind: TokenKind.Phrase, Closed: false }))
        {
            return PlainWords(tokens);
        }

        var parser = new UserQueryParser(tokens);
        var node = parser.ParseOr();
        return node is not null && parser._next == tokens.Count ? new ParsedQuery(node, FellBack: false) : PlainWords(tokens);
    }

    /// <summary>The fallback reading: every word and phrase word, side by side, operators and field prefixes dropped.</summary>
    private static ParsedQuery PlainWords(List<QueryToken> tokens)
    {
        var words = tokens
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Phrase)
            .SelectMany(t => t.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => (QueryNode)new WordNode(w.Trim('*', '~', '?')))
            .ToList();
        return new ParsedQuery(words.Count == 0 ? null : new SequenceNode(words), FellBack: true);
    }

    private QueryNode? ParseOr()
    {
        var items = new List<QueryNode>();
        var first = ParseAnd();
        if (first is null)
        {
            return null;
        }

        items.Add(first);
        while (Peek(TokenKind.Or))
        {
            _next++;
            var item = ParseAnd();
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        return items.Count == 1 ? items[0] : new AnyNode(items);
    }

    private QueryNode? ParseAnd()
    {
        // A run of units; explicit ANDs bind their neighbours into an AllNode, the rest stay side by side.
        var sequence = new List<QueryNode>();
        while (_next < _tokens.Count && !Peek(TokenKind.Or) && !Peek(TokenKind.Close))
        {
            if (Peek(TokenKind.And))
            {
                _next++;
                if (sequence.Count == 0)
                {
                    return null;
                }

                var right = ParseUnary();
                if (right is null)
                {
                    return null;
                }

                var left = sequence[^1];
                sequence[^1] = left is AllNode all ? new AllNode([.. all.Items, right]) : new AllNode([left, right]);
                continue;
            }

            var unit = ParseUnary();
            if (unit is null)
            {
                return null;
            }

            sequence.Add(unit);
        }

        return sequence.Count switch
        {
            0 => null,
            1 => sequence[0],
            _ => new SequenceNode(sequence),
        };
    }

    private QueryNode? ParseUnary()
    {
        if (_next >= _tokens.Count)
        {
            return null;
        }

        var token = _tokens[_next];
        switch (token.Kind)
        {
            case TokenKind.Minus or TokenKind.Not:
                _next++;
                return ParsePrimary() is { } excluded ? new ExcludeNode(excluded) : null;
            case TokenKind.Plus:
                _next++;
                return ParsePrimary() is { } required ? new RequireNode(required) : null;
            default:
                return ParsePrimary();
        }
    }

    private QueryNode? ParsePrimary()
    {
        if (_next >= _tokens.Count)
        {
            return null;
        }

        var token = _tokens[_next++];
        switch (token.Kind)
        {
            case TokenKind.Open:
                var inner = ParseOr();
                if (inner is null || !Peek(TokenKind.Close))
                {
                    return null;
                }

                _next++;
                return inner;
            case TokenKind.Phrase:
                return new PhraseNode(token.Text, token.Field);
            case TokenKind.Word:
                return Word(token);
            default:
                return null;
        }
    }

    private static WordNode Word(QueryToken token)
    {
        var text = token.Text;
        var fuzzy = text.Length > 1 && text.EndsWith('~');
        text = text.TrimEnd('~');
        var prefix = text.EndsWith('*') && text.TrimEnd('*').Length >= QueryLimits.MinPrefixLength;
        text = text.TrimEnd('*');
        return new WordNode(text, token.Field, prefix, fuzzy);
    }

    private bool Peek(TokenKind kind) => _next < _tokens.Count && _tokens[_next].Kind == kind;
}

/// <summary>The parse of a query text.</summary>
/// <param name="Root">The query, or <c>null</c> when the text holds nothing to search.</param>
/// <param name="FellBack">True when the syntax was malformed and the text was read as plain words.</param>
internal sealed record ParsedQuery(QueryNode? Root, bool FellBack);
