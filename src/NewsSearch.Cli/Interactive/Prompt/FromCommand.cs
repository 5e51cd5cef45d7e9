namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:from DATE</c>: only articles published on or after this date.</summary>
internal sealed class FromCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["from"];

    public string Usage => ":from DATE";

    public string Summary => "only articles published on or after DATE (2023-10-24; no DATE: no limit)";

    public void Run(string argument, ConsoleSession session)
    {
        if (!DateArgument.TryRead(argument, "from", session, out var date))
        {
            return;
        }

        if (date is not null && session.State.To < date)
        {
            session.View.Error($"{Dates.Format(date)} is after the end date {Dates.Format(session.State.To)}; change :to first.");
            return;
        }

        session.State.From = date;
        session.RefreshIfSearched();
    }
}
