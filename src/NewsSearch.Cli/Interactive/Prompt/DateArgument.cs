namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary>The argument of <c>:from</c> and <c>:to</c>: an ISO date, or nothing to lift the limit.</summary>
internal static class DateArgument
{
    public static bool TryRead(string argument, string command, ConsoleSession session, out DateOnly? date)
    {
        date = null;
        if (argument.Length == 0)
        {
            return true;
        }

        if (Dates.TryParse(argument, out var parsed))
        {
            date = parsed;
            return true;
        }

        session.View.Error($":{command} needs an ISO date such as 2023-10-24, not '{ConsoleView.Plain(ConsoleSession.Shorten(argument))}'.");
        return false;
    }
}
