using System.Text;

namespace NewsSearch.Cli.Interactive;

/// <summary>Breaks text that may hold colour codes into lines of at most a given visible width, at spaces.</summary>
internal static class Wrapping
{
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        if (width <= 0 || Visible(text) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in text.Split(' '))
        {
            var wordWidth = Visible(word);
            if (lineWidth > 0 && lineWidth + 1 + wordWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            if (lineWidth > 0)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(word);
            lineWidth += wordWidth;
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Characters that take a column: escape sequences (<c>ESC [ … m</c>) take none.</summary>
    public static int Visible(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\u001b')
            {
                while (i < text.Length && text[i] != 'm')
                {
                    i++;
                }

                continue;
            }

            count++;
        }

        return count;
    }
}
