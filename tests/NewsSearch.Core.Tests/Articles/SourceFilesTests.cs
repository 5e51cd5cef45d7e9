using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class SourceFilesTests
{
    [Fact]
    public void Folders_are_walked_recursively_in_a_stable_order_and_hidden_entries_are_skipped_with_a_reason()
    {
        using var index = new TempIndex();
        index.WriteFile("b.txt", "B");
        index.WriteFile("a/z.jsonl", "{}");
        index.WriteFile("a/deep/y.html", "<html></html>");
        index.WriteFile(".hidden.txt", "H");
        index.WriteFile(".git/objects/x", "X");
        index.WriteFile("a/.cache/c.txt", "C");
        var (files, skipped) = SourceFiles.Expand([index.InputFolder, Path.Combine(index.Path, "missing")]);
        Assert.Equal(["a/deep/y.html", "a/z.jsonl", "b.txt"], files.Select(f => Path.GetRelativePath(index.InputFolder, f).Replace('\\', '/')));
        Assert.Equal(
            [("../missing", "no such file or folder"), (".git", "hidden folder"), (".hidden.txt", "hidden file"), ("a/.cache", "hidden folder")],
            skipped.Select(s => (Path.GetRelativePath(index.InputFolder, s.Path).Replace('\\', '/'), s.Reason)).OrderBy(s => s.Item1, StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_named_on_the_command_line_is_read_even_when_hidden()
    {
        using var index = new TempIndex();
        var path = index.WriteFile(".notes.txt", "N");
        Assert.Equal([path], SourceFiles.Expand([path]).Files);
    }
}
