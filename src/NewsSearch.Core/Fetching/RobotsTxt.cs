using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSearch.Fetching;

/// <summary>The rules of one robots.txt for one crawler, as RFC 9309 reads them: the groups naming the crawler's
/// product token (else the <c>*</c> groups) apply; the longest matching <c>allow</c>/<c>disallow</c> path wins, an
/// <c>allow</c> on a tie; <c>*</c> matches any characters and a final <c>$</c> the end of the path.
/// <c>Crawl-delay</c>, outside the RFC but widely written, is read too. Written here because no maintained robots.txt
/// parser is among the packages this project can use.</summary>
public sealed class RobotsTxt
{
    /// <summary>Only this much of a robots.txt is read (RFC 9309 asks for at least 500 KiB).</summary>
    public const int MaxBytes = 500 * 1024;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private readonly List<Rule> _rules;

    private RobotsTxt(List<Rule> rules, TimeSpan? crawlDelay, bool disallowAll)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        DisallowsAll = disallowAll;
    }

    /// <summary>Everything allowed: what a missing robots.txt (a 4xx answer) means.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, disallowAll: false);

    /// <summary>Nothing allowed: what an unreachable robots.txt (a 5xx answer or a network failure) means.</summary>
    public static RobotsTxt DisallowAll { get; } = new([], null, disallowAll: true);

    /// <summary>The <c>Crawl-delay</c> of the applicable group, when it gives one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Whether this stands for an unreachable robots.txt, refusing everything.</summary>
    public bool DisallowsAll { get; }

    /// <summary>Parses a robots.txt for the crawler named <paramref name="productToken"/>.</summary>
    public static RobotsTxt Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(productToken);
        var own = new List<Rule>();
        var any = new List<Rule>();
        TimeSpan? ownDelay = null, anyDelay = null;
        bool ownFound = false, anyFound = false;
        bool inOwn = false, inAny = false, lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent" or "user agent")
            {
                if (!lastWasAgent)
                {
                    // A user-agent line after rules starts a new group.
                    (inOwn, inAny) = (false, false);
                }

                lastWasAgent = true;
                var token = ProductToken(value);
                if (token == "*")
                {
                    inAny = anyFound = true;
                }
                else if (token.Length > 0 && string.Equals(token, productToken, StringComparison.OrdinalIgnoreCase))
                {
                    inOwn = ownFound = true;
                }

                continue;
            }

            lastWasAgent = false;
            if (key is "allow" or "disallow" && value.Length > 0 && Rule.Create(value, key == "allow") is { } rule)
            {
                if (inOwn)
                {
                    own.Add(rule);
                }

                if (inAny)
                {
                    any.Add(rule);
                }
            }
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86400)
            {
                ownDelay = inOwn ? TimeSpan.FromSeconds(seconds) : ownDelay;
                anyDelay = inAny ? TimeSpan.FromSeconds(seconds) : anyDelay;
            }
        }

        return ownFound ? new RobotsTxt(own, ownDelay, false) : anyFound ? new RobotsTxt(any, anyDelay, false) : AllowAll;
    }

    /// <summary>Whether the crawler may fetch this address (its path and query).</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.AbsolutePath == "/robots.txt")
        {
            return true;
        }

        if (DisallowsAll)
        {
            return false;
        }

        var path = Normalize(url.PathAndQuery);
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (rule.Matches(path) && (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_' or '*'))
        {
            end++;
        }

        return value[..end];
    }

    /// <summary>Percent-encodes what is not ASCII and upper-cases escapes, so a pattern and a path written
    /// differently still compare equal (RFC 9309 section 2.2.2).</summary>
    internal static string Normalize(string path)
    {
        var builder = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                var decoded = (char)Convert.ToInt32(path.Substring(i + 1, 2), 16);
                // An escaped unreserved character is the character itself; other escapes stay escaped.
                if (char.IsAsciiLetterOrDigit(decoded) || decoded is '-' or '.' or '_' or '~')
                {
                    builder.Append(decoded);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 2;
            }
            else if (c > 127 || char.IsWhiteSpace(c))
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed record Rule(Regex Pattern, int Length, bool Allow)
    {
        public static Rule? Create(string pattern, bool allow)
        {
            var normalized = Normalize(pattern);
            var anchored = normalized.EndsWith('$');
            var body = anchored ? normalized[..^1] : normalized;
            var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : "");
            return new Rule(new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout), normalized.Length, allow);
        }

        public bool Matches(string path)
        {
            try
            {
                return Pattern.IsMatch(path);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern: counted as matching, the cautious side for a disallow.
                return !Allow;
            }
        }
    }
}
