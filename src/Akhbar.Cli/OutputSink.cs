using System.Text;

namespace Akhbar.Cli;

/// <summary>
/// Where records go: standard output as raw UTF-8 bytes (fast), or a <see cref="TextWriter"/> when the CLI
/// runs inside a test or another program.
/// </summary>
public sealed class OutputSink : IDisposable
{
    private readonly Stream? _stream;
    private readonly TextWriter? _writer;

    private OutputSink(Stream? stream, TextWriter? writer)
    {
        _stream = stream;
        _writer = writer;
    }

    public static OutputSink For(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) ? new OutputSink(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), null) : new OutputSink(null, writer);

    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (_stream is not null)
        {
            _stream.Write(utf8);
        }
        else
        {
            _writer!.Write(Encoding.UTF8.GetString(utf8));
        }
    }

    public void WriteLine(ReadOnlySpan<byte> utf8)
    {
        Write(utf8);
        Write("\n"u8);
    }

    public void Flush()
    {
        _stream?.Flush();
        _writer?.Flush();
    }

    public void Dispose()
    {
        Flush();
        _stream?.Dispose();
    }
}
