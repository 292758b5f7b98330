namespace Jixiao.Documents.OwnFiles;

/// <summary>Writes a file through a temporary sibling and a rename, so a failure never leaves half a file.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/>; a folder that does not exist yet is created. A file that cannot be written (no
    /// permission, a file where a folder should be, a full disk) is an <see cref="OutputFileException"/> naming it.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputFileException)
        {
            throw new OutputFileException(path, ex);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public static void WriteBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>Writes UTF-8 text without a byte-order mark.</summary>
    public static void WriteText(string path, string text) => WriteBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}

/// <summary>An output file that could not be written: the user's path and a Chinese reason (a user error, not a bug).</summary>
public sealed class OutputFileException(string path, Exception inner) : IOException(Describe(path, inner), inner)
{
    public string OutputPath { get; } = path;

    /// <summary>The reason in Chinese, with the system's own words after it for whoever has to dig further.</summary>
    public static string Describe(string path, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var reason = inner switch
        {
            UnauthorizedAccessException => "没有写入权限",
            DirectoryNotFoundException => "所在文件夹不存在且无法创建",
            PathTooLongException => "路径过长",
            FileNotFoundException => "该位置不允许创建文件",
            IOException when BlockingFile(path) is { } file => $"“{file}”是一个文件，不是文件夹",
            IOException when Directory.Exists(path) => "同名的文件夹已存在",
            _ => "无法写入",
        };
        return $"{path}：无法写入文件：{reason}（{inner.Message}）";
    }

    /// <summary>The nearest existing ancestor of the path when it is a file (a file where a folder is needed).</summary>
    private static string? BlockingFile(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        while (!string.IsNullOrEmpty(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }

            if (Directory.Exists(dir))
            {
                return null;
            }

            dir = Path.GetDirectoryName(dir);
        }

        return null;
    }
}
