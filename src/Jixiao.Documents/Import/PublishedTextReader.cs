using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Import;

/// <summary>
/// Turns a published file into lines of text: .txt (UTF-8, UTF-16 or GB18030), .html (cells become
/// <c>a | b |</c>), .docx (paragraphs, table rows as <c>a | b |</c>) and .pdf through
/// <c>pdftotext -layout</c>. Never throws: problems become warnings.
/// </summary>
public static partial class PublishedTextReader
{
    /// <summary>Longest line kept; longer lines are cut (and a warning given).</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>Most lines read from one file.</summary>
    public const int MaxLines = 200_000;

    public static (IReadOnlyList<string> Lines, IReadOnlyList<string> Warnings) Read(string path)
    {
        var warnings = new List<string>();
        try
        {
            if (!File.Exists(path))
            {
                warnings.Add($"{path}：文件不存在");
                return ([], warnings);
            }

            var ext = Path.GetExtension(path).ToUpperInvariant();
            string text = ext switch
            {
                ".DOCX" => ReadDocx(path, warnings),
                ".PDF" => ReadPdf(path, warnings),
                ".HTML" or ".HTM" => HtmlToText(Decode(File.ReadAllBytes(path))),
                _ => Decode(File.ReadAllBytes(path)),
            };
            return (SplitLines(text, warnings, path), warnings);
        }
        catch (Exception ex)
        {
            warnings.Add($"{path}：无法读取（{ex.Message}）");
            return ([], warnings);
        }
    }

    /// <summary>Splits text into lines, cutting overlong lines and stopping after <see cref="MaxLines"/>.</summary>
    public static IReadOnlyList<string> SplitLines(string text, List<string> warnings, string name)
    {
        var lines = new List<string>();
        var cut = false;
        foreach (var raw in text.Split('\n'))
        {
            if (lines.Count >= MaxLines)
            {
                warnings.Add($"{name}：超过 {MaxLines} 行，其后内容未读取");
                break;
            }

            var line = raw.TrimEnd('\r');
            if (line.Length > MaxLineLength)
            {
                line = line[..MaxLineLength];
                cut = true;
            }

            lines.Add(line);
        }

        if (cut)
        {
            warnings.Add($"{name}：有超过 {MaxLineLength} 个字符的行，已截断");
        }

        return lines;
    }

    /// <summary>Decodes bytes: BOMs, strict UTF-8, else GB18030 (common in Chinese government files).</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            var utf8 = new UTF8Encoding(false, true);
            var s = utf8.GetString(bytes);
            return s.Length > 0 && s[0] == '\uFEFF' ? s[1..] : s;
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>Plain text of HTML: block ends become line breaks, table cells become <c>a | b |</c>.</summary>
    public static string HtmlToText(string html)
    {
        var s = ScriptOrStyle().Replace(html, " ");
        s = CellEnd().Replace(s, " | ");
        s = BlockEnd().Replace(s, "\n");
        s = Tag().Replace(s, string.Empty);
        return WebUtility.HtmlDecode(s);
    }

    private static string ReadDocx(string path, List<string> warnings)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            warnings.Add($"{path}：DOCX 中没有正文");
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var element in body.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    sb.Append(p.InnerText).Append('\n');
                    break;
                case Table t:
                    AppendTable(t, sb);
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static void AppendTable(Table table, StringBuilder sb)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            foreach (var cell in row.Elements<TableCell>())
            {
                var text = string.Join(" ", cell.Elements<Paragraph>().Select(p => p.InnerText));
                sb.Append(text.Replace("|", "｜", StringComparison.Ordinal)).Append(" | ");
            }

            sb.Append('\n');
        }
    }

    private static string ReadPdf(string path, List<string> warnings)
    {
        try
        {
            var psi = new ProcessStartInfo("pdftotext")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            psi.ArgumentList.Add("-layout");
            psi.ArgumentList.Add("-enc");
            psi.ArgumentList.Add("UTF-8");
            psi.ArgumentList.Add(path);
            psi.ArgumentList.Add("-");
            using var process = Process.Start(psi);
            if (process is null)
            {
                warnings.Add($"{path}：无法启动 pdftotext");
                return string.Empty;
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(true);
                warnings.Add($"{path}：pdftotext 超时");
                return string.Empty;
            }

            if (process.ExitCode != 0)
            {
                warnings.Add($"{path}：pdftotext 失败（{stderr.Result.Trim()}）");
            }

            // pdftotext separates pages with form feeds.
            return PdfLines.Unwrap(output.Replace('\f', '\n'));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            warnings.Add($"{path}：未找到 pdftotext（请安装 poppler-utils）：{ex.Message}");
            return string.Empty;
        }
    }

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</t[dh]\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|tr|li|h[1-6]|table|section|article)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
