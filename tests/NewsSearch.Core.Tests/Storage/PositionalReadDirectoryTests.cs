using Lucene.Net.Store;
using NewsSearch.Storage;

namespace NewsSearch.Core.Tests.Storage;

public sealed class PositionalReadDirectoryTests
{
    [Fact]
    public void Clones_and_slices_read_their_own_positions_and_reading_past_the_end_fails()
    {
        using var folder = new TempIndex();
        using var directory = new PositionalReadDirectory(folder.Path);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 10_000; i++)
            {
                output.WriteInt32(i);
            }
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Seek(4 * 9_000);
        clone.Seek(4 * 10);
        Assert.Equal(9_000, input.ReadInt32());
        Assert.Equal(10, clone.ReadInt32());
        Assert.Equal(9_001, input.ReadInt32());
        Assert.Equal(40_000, input.Length);

        using (var slicer = directory.CreateSlicer("data.bin", IOContext.DEFAULT))
        using (var slice = slicer.OpenSlice("middle", 4 * 5_000, 8))
        {
            Assert.Equal(5_000, slice.ReadInt32());
            Assert.Equal(5_001, slice.ReadInt32());
            Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        }

        input.Seek(input.Length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
    }

    [Fact]
    public void Many_threads_read_one_file_at_once()
    {
        using var folder = new TempIndex();
        using var directory = new PositionalReadDirectory(folder.Path);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 100_000; i++)
            {
                output.WriteInt32(i);
            }
        }

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Parallel.For(0, 8, worker =>
        {
            var own = (IndexInput)input.Clone();
            for (var i = worker; i < 100_000; i += 97)
            {
                own.Seek(4L * i);
                Assert.Equal(i, own.ReadInt32());
            }
        });
    }

    [Fact]
    public void A_missing_file_is_reported_as_such()
    {
        using var folder = new TempIndex();
        using var directory = new PositionalReadDirectory(folder.Path);

        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("missing.bin", IOContext.DEFAULT));
    }
}
