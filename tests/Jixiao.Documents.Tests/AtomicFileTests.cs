using Jixiao.Documents.OwnFiles;

namespace Jixiao.Documents.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("jixiao-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_WriterThrows_LeavesNoFileAndNoTemporary()
    {
        var path = Path.Combine(dir, "report.docx");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write([1, 2, 3]);
            throw new InvalidOperationException("boom");
        }));

        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void Write_WriterThrows_KeepsThePreviousFile()
    {
        var path = Path.Combine(dir, "table.xlsx");
        File.WriteAllBytes(path, [9, 9]);

        var failure = Assert.Throws<OutputFileException>(() => AtomicFile.Write(path, _ => throw new IOException("disk full")));

        Assert.Equal(path, failure.OutputPath);
        Assert.StartsWith(path + "：无法写入文件：", failure.Message, StringComparison.Ordinal);
        Assert.Equal("disk full", failure.InnerException!.Message);
        Assert.Equal([9, 9], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public void WriteBytes_NewDirectory_CreatesItAndTheFile()
    {
        var path = Path.Combine(dir, "a", "b", "out.pdf");

        AtomicFile.WriteBytes(path, [37, 80, 68, 70]);

        Assert.Equal([37, 80, 68, 70], File.ReadAllBytes(path));
    }
}
