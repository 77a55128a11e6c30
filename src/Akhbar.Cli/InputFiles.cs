using Akhbar.Core.Diagnostics;
using Akhbar.Core.Input;

namespace Akhbar.Cli;

/// <summary>Opens the files named on the command line, turning file-system trouble into one-line errors.</summary>
public static class InputFiles
{
    /// <summary>The bytes of a single article file (or of standard input), refused early when over the size limit.</summary>
    public static (byte[] Bytes, string Where) ReadSingle(string path, InputLimits limits)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return (ReadLimited(stdin, "stdin", limits), "stdin");
        }

        var info = CheckFile(path);
        if (info.Length > limits.MaxArticleBytes)
        {
            throw new BadInputException(DiagnosticCodes.TooLarge,
                $"{path}: {info.Length:N0} bytes is over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes).");
        }

        return (File.ReadAllBytes(path), path);
    }

    public static Stream OpenStream(string path)
    {
        if (path == "-")
        {
            return Console.OpenStandardInput();
        }

        CheckFile(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    public static FileInfo CheckFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: is a directory, not a file.");
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new BadInputException(DiagnosticCodes.BadRecord, $"{path}: no such file.");
        }

        return info;
    }

    private static byte[] ReadLimited(Stream stream, string where, InputLimits limits)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > limits.MaxArticleBytes)
            {
                throw new BadInputException(DiagnosticCodes.TooLarge,
                    $"{where}: the input is over the limit of {limits.MaxArticleBytes:N0} bytes for one article (raise it with --max-bytes).");
            }
        }

        return ms.ToArray();
    }
}
