using System.Text;
using FsCheck.Xunit;
using Jixiao.Documents.Import;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Tests.Import;

/// <summary>The importer never throws: mutated corpus text (cut, shuffled, random bytes, huge lines, empty) imports and checks cleanly.</summary>
public class ImporterRobustnessTests
{
    private static readonly string[] Corpus = [.. CorpusFiles.All().Select(File.ReadAllText)];

    /// <summary>One mutation of a corpus text, chosen and driven by the seed.</summary>
    internal static string Mutate(int seed)
    {
        var random = new Random(seed);
        var text = Corpus[random.Next(Corpus.Length)];
        var lines = text.Split('\n').ToList();
        switch (random.Next(10))
        {
            case 0:
                return text[..random.Next(text.Length + 1)];
            case 1:
                return string.Join('\n', lines.OrderBy(_ => random.Next()));
            case 2:
                {
                    var chars = text.ToCharArray();
                    for (var i = 0; i < 50; i++)
                    {
                        chars[random.Next(chars.Length)] = (char)random.Next(0, 0xFFFF);
                    }

                    return new string(chars);
                }

            case 3:
                lines.Insert(random.Next(lines.Count), new string('1', 150_000) + "万元 执行率 " + new string('，', 50_000));
                return string.Join('\n', lines);
            case 4:
                return string.Empty;
            case 5:
                return string.Join('\n', lines.Where(_ => random.Next(3) > 0));
            case 6:
                return string.Concat(Enumerable.Repeat(text, 3));
            case 7:
                return new string(text.Select(c => char.IsAsciiDigit(c) ? (char)('0' + random.Next(10)) : c).ToArray());
            case 8:
                return string.Join("|", lines) + string.Join("\t", lines.Take(20));
            default:
                return string.Join('\n', lines.Select(l => random.Next(4) == 0 ? l.Replace(" ", string.Empty, StringComparison.Ordinal) : l + " | " + random.Next()));
        }
    }

    private static void ImportAndCheckClean(string text, string name)
    {
        var result = PublishedImporter.ImportText(text, name);
        Assert.NotNull(result);
        Assert.True(result.Documents.Count > 0 || result.Warnings.Count > 0, "a result explains itself: documents or warnings");
        Assert.DoesNotContain(result.Warnings, w => w.Contains("内部错误", StringComparison.Ordinal));
        foreach (var d in result.Documents)
        {
            var framework = FrameworkCatalog.Get(d.Evaluation.FrameworkId);
            var findings = Checker.Run(d.ToCheckSubject(name), framework.IsSuccess ? framework.Value : null);
            Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            Assert.All(d.Sources.Values, s => Assert.InRange(s.Line, 1, Math.Max(1, result.LineCount)));
        }
    }

    [Property(MaxTest = 150)]
    public void ImportText_MutatedCorpus_NeverThrows(int seed) => ImportAndCheckClean(Mutate(seed), $"mutated-{seed}.txt");

    [Property(MaxTest = 100)]
    public void ImportText_ArbitraryString_NeverThrows(string text) => ImportAndCheckClean(text ?? string.Empty, "arbitrary.txt");

    [Property(MaxTest = 40)]
    public void ImportFile_RandomBytes_NeverThrows(byte[] bytes, bool asHtml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-fuzz-{Guid.NewGuid():N}{(asHtml ? ".html" : ".txt")}");
        File.WriteAllBytes(path, bytes ?? []);
        try
        {
            var result = PublishedImporter.ImportFile(path);
            Assert.True(result.Documents.Count > 0 || result.Warnings.Count > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImportText_TwoHundredFortyMutatedDocuments_RunClean()
    {
        var documents = 0;
        for (var seed = 0; seed < 240; seed++)
        {
            var text = Mutate(seed * 7919);
            ImportAndCheckClean(text, $"corpus-mutant-{seed}.txt");
            documents++;
        }

        Assert.Equal(240, documents);
    }

    [Fact]
    public void ImportFile_BrokenDocxAndMissingFile_WarningsNotExceptions()
    {
        var docx = Path.Combine(Path.GetTempPath(), $"jixiao-broken-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(docx, [0x50, 0x4B, 0x03, 0x04, .. "这不是一个 docx 文件"u8]); // a zip's signature, then no zip
        try
        {
            var broken = PublishedImporter.ImportFile(docx);
            Assert.Empty(broken.Documents);
            Assert.Contains(broken.Warnings, w => w.Contains("无法读取", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(docx);
        }

        var missing = PublishedImporter.ImportFile("/nonexistent/jixiao.txt");
        Assert.Contains(missing.Warnings, w => w.Contains("不存在", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportText_Gb18030Bytes_Decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(CorpusFiles.Path("gz-huadu-zuzhibu-2022-dept-report.txt"));
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-gb-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes(text));
        try
        {
            var d = Assert.Single(PublishedImporter.ImportFile(path).Documents);
            Assert.Equal(2233.44m, d.Evaluation.Budget.Executed);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
