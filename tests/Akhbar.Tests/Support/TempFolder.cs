namespace Akhbar.Tests.Support;

/// <summary>A temporary folder for one test class, deleted afterwards, with a helper that fills sub-folders with files.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>Creates <paramref name="name"/> under the folder with the given files and returns its path.</summary>
    public string Folder(string name, params (string File, string Content)[] files)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, content) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(folder, file), content);
        }

        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
