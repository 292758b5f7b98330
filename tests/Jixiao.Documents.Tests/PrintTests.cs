using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Pdf;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;

namespace Jixiao.Documents.Tests;

/// <summary>
/// Issue 10, "drafts look like drafts" and "typography that holds in print": reports converted by
/// LibreOffice, pages rendered at 100 dpi with poppler, text positions from <c>pdftotext -bbox</c>.
/// </summary>
public sealed partial class PrintTests : IClassFixture<PrintTests.Batch>
{
    private const int Dpi = 100;

    private readonly Batch batch;

    public PrintTests(Batch batch) => this.batch = batch;

    [Theory]
    [InlineData("huadu-2022.draft", "95.16")]
    [InlineData("haizhu-2022.draft", "99.00")]
    [InlineData("complete-project-2024.final", "95.50")]
    public void Convert_ScoreTable_TotalRowNotWrappedNotAloneAndKeptWithGradeLine(string name, string total)
    {
        var pages = Words(batch.Pdf(name));
        var page = pages.Single(p => p.Any(w => w.Text == "总分"));
        var label = page.First(w => w.Text == "总分");
        var figure = Assert.Single(page, w => w.Text == total);      // one word: the bold total is not wrapped
        Assert.InRange(figure.YMin, label.YMin - 4, label.YMin + 4);     // on the total row's line
        Assert.Contains(page, w => w.YMax < label.YMin - 2 && Regex.IsMatch(w.Text, @"^\d+\.\d\d$")); // a scored row above it on the same page
        var grade = Assert.Single(page, w => w.Text.StartsWith("评价等级", StringComparison.Ordinal));
        Assert.True(grade.YMin > label.YMax, "the grade line follows the total row on its page");
    }

    [Fact]
    public void Convert_DraftMarkers_StayRed()
    {
        var pdf = batch.Pdf("haizhu-2022.draft");
        var page = Words(pdf)[0];
        var image = Render(pdf, 1);
        var markers = page.Where(w => w.Text.StartsWith(Markers.Pending, StringComparison.Ordinal)).ToList();

        Assert.True(markers.Count >= 3, $"page 1 has {markers.Count} markers");
        Assert.All(markers, m => Assert.True(image.Count(m, (r, g, b) => r > 150 && g < 90 && b < 90) > 20, $"“{m.Text}” is not red"));
    }

    [Fact]
    public void Convert_Draft_HasWatermarkAndFinalHasNone()
    {
        static int Grey(Image image) => image.Count(new Word("page", 0, 0, image.Width * 72.0 / Dpi, image.Height * 72.0 / Dpi),
            (r, g, b) => r == g && g == b && r is > 215 and < 232); // #bfbfbf at 50 % over white ≈ 223
        var draft = Grey(Render(batch.Pdf("complete-project-2024.draft"), 1));
        var final = Grey(Render(batch.Pdf("complete-project-2024.final"), 1));

        Assert.True(draft > 4 * final, $"light grey pixels: draft {draft}, final {final}");
    }

    [Fact]
    public void Convert_Report_EmbedsDistinctKaiHeiSongAndANarrowLatinFace()
    {
        var fonts = Run("pdffonts", batch.Pdf("huadu-2022.draft"));

        Assert.Contains("UKai", fonts, StringComparison.Ordinal);             // 楷体: level-2 headings
        Assert.Contains("NotoSansCJK", fonts, StringComparison.Ordinal);      // 黑体: level-1 headings
        Assert.Contains("NotoSerifCJK", fonts, StringComparison.Ordinal);     // 仿宋/宋体: body and title
        Assert.Contains("LiberationSerif", fonts, StringComparison.Ordinal);  // Times New Roman metrics: narrow digits
        Assert.DoesNotContain("DejaVuSerif", fonts, StringComparison.Ordinal);
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Length > 0), l => Assert.Contains(" yes ", l, StringComparison.Ordinal));
    }

    /// <summary>Words of every page with their boxes in points.</summary>
    private static List<List<Word>> Words(string pdf)
    {
        var xml = Run("pdftotext", "-bbox", pdf, "-");
        return xml.Split("<page ").Skip(1).Select(page => WordBox().Matches(page).Select(m => new Word(
            System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
            double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))).ToList()).ToList();
    }

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex WordBox();

    /// <summary>One page rendered at 100 dpi as RGB (pdftoppm's binary PPM).</summary>
    private static Image Render(string pdf, int page)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-p" + page.ToString(CultureInfo.InvariantCulture));
        Run("pdftoppm", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, prefix);
        var bytes = File.ReadAllBytes(prefix + ".ppm");
        var fields = new List<string>();
        var pos = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            var start = pos;
            while (!char.IsWhiteSpace((char)bytes[pos]))
            {
                pos++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, pos - start));
        }

        Assert.Equal("P6", fields[0]);
        return new Image(int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture), bytes[(pos + 1)..]);
    }

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return output;
    }

    private sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax);

    private sealed record Image(int Width, int Height, byte[] Rgb)
    {
        /// <summary>Pixels inside the word's box (points → pixels) for which the test holds.</summary>
        public int Count(Word box, Func<byte, byte, byte, bool> test)
        {
            var n = 0;
            var scale = Dpi / 72.0;
            for (var y = (int)(box.YMin * scale); y < Math.Min(Height, (int)(box.YMax * scale)); y++)
            {
                for (var x = (int)(box.XMin * scale); x < Math.Min(Width, (int)(box.XMax * scale)); x++)
                {
                    var i = ((y * Width) + x) * 3;
                    if (test(Rgb[i], Rgb[i + 1], Rgb[i + 2]))
                    {
                        n++;
                    }
                }
            }

            return n;
        }
    }

    /// <summary>Drafts and finals of three cases, converted in one LibreOffice run.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("jixiao-print-").FullName;
        private readonly Dictionary<string, string> pdfs = [];

        public Batch()
        {
            var inputs = new List<string>();
            void Add(string name, string variant, ReportOptions options)
            {
                var c = Case.Load(name);
                var path = Path.Combine(dir, $"{name}.{variant}.docx");
                File.WriteAllBytes(path, DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, options).Ok());
                inputs.Add(path);
            }

            Add("huadu-2022", "draft", FixedClock.Draft);
            Add("haizhu-2022", "draft", FixedClock.Draft);
            Add("complete-project-2024", "draft", FixedClock.Draft);
            Add("complete-project-2024", "final", FixedClock.Draft with { Final = true });
            using var converter = LibreOfficePdfConverter.Create().Ok();
            foreach (var pdf in converter.Convert(inputs, Path.Combine(dir, "pdf")).Ok())
            {
                pdfs[Path.GetFileNameWithoutExtension(pdf)] = pdf;
            }
        }

        public string Pdf(string name) => pdfs[name];

        public void Dispose() => Directory.Delete(dir, recursive: true);
    }
}
