using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Storage;

/// <summary>An index folder whose files are read with positional reads (<c>pread</c>) on a shared handle: any number
/// of searches read the same file at once, each at its own offset, with one system call per buffer refill.
/// Lucene.Net's <see cref="NIOFSDirectory"/> serialises every read of a file behind a lock, asks the file's length
/// (an <c>fstat</c>) and seeks twice per refill: a third of a search's time at 300,000 articles, and the reason
/// concurrent searches queued behind each other. <see cref="MMapDirectory"/> is avoided: in this Lucene.Net beta it
/// crashes and slows down under concurrent searches (lucenenet #1013, #1151). Writing is <see cref="FSDirectory"/>'s.</summary>
internal sealed class PositionalReadDirectory : FSDirectory
{
    /// <summary>Opens the folder (created on the first write if missing), locked with Lucene's default native lock.</summary>
    public PositionalReadDirectory(string path)
        : base(new DirectoryInfo(path), null)
    {
    }

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalInput($"PositionalInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle), BufferedIndexInput.GetBufferSize(context), owner: true);
    }

    /// <inheritdoc />
    public override LuceneDirectory.IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), BufferedIndexInput.GetBufferSize(context));
    }

    /// <summary>Parts of a compound file, read through one handle.</summary>
    private sealed class Slicer(string path, SafeFileHandle handle, int bufferSize) : LuceneDirectory.IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalInput($"PositionalInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize, owner: false);

        [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>A file, or a slice of one, read at explicit offsets; clones share the handle, which only the input
    /// that opened it closes (Lucene never closes clones, and closes the original after them).</summary>
    private sealed class PositionalInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _handle;
        private readonly long _offset;
        private readonly long _length;
        private bool _owner;

        public PositionalInput(string description, SafeFileHandle handle, long offset, long length, int bufferSize, bool owner)
            : base(description, bufferSize)
        {
            _handle = handle;
            _offset = offset;
            _length = length;
            _owner = owner;
        }

        public override long Length => _length;

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._owner = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            // The buffer's position in the file: where the next unread byte is.
            var position = Position;
            if (position + length > _length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var target = b.AsSpan(offset, length);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(_handle, target, _offset + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} at {position}");
                }

                position += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read names its offset: nothing to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _owner)
            {
                _handle.Dispose();
            }
        }
    }
}
