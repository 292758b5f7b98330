using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Import;

/// <summary>
/// Turns a published file into lines of text: .txt (UTF-8, UTF-16 or GB18030), .html (cells become
/// <c>a | b |</c>), .docx (paragraphs with their numbering labels, table rows as <c>a | b |</c>; DocxText),
/// a workbook's visible cells (.xlsx; XlsxText), .pdf through <c>pdftotext -layout</c>, and the formats
/// LibreOffice converts to DOCX/XLSX (.doc .wps .rtf .odt .xls .et .ods; OfficeConversion). Images, archives,
/// scanned PDFs and other binary files are named in a warning instead of being read as text. Never throws:
/// problems become warnings.
/// </summary>
public static partial class PublishedTextReader
{
    /// <summary>Longest line kept; longer lines are cut (and a warning given).</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>Most lines read from one file.</summary>
    public const int MaxLines = 200_000;

    /// <summary>Word processor files LibreOffice turns into DOCX (Word 97–2003, WPS, RTF, OpenDocument, templates).</summary>
    public static readonly string[] WordLike = [".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".docm", ".dotx"];

    /// <summary>Spreadsheet files LibreOffice turns into XLSX (Excel 97–2003, WPS 表格, OpenDocument, binary workbooks).</summary>
    public static readonly string[] SheetLike = [".xls", ".xlt", ".et", ".ett", ".ods", ".xlsb"];

    /// <summary>Every extension the reader opens: text and web pages, DOCX/XLSX/PDF, and the formats converted through LibreOffice.</summary>
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".mht", ".mhtml", ".docx", ".xlsx", ".xlsm", ".pdf", .. WordLike, .. SheetLike];

    public static (IReadOnlyList<string> Lines, IReadOnlyList<string> Warnings) Read(string path) => Read(path, path);

    /// <summary>
    /// The lines of <paramref name="path"/>; <paramref name="name"/> is how warnings name the file (an upload's own
    /// name rather than its temporary copy). The format is decided by the file's content first (a .doc that is
    /// really a DOCX, an .xls that is really a web page, as download systems often serve them), then by its extension.
    /// </summary>
    public static (IReadOnlyList<string> Lines, IReadOnlyList<string> Warnings) Read(string path, string name)
    {
        var warnings = new List<string>();
        try
        {
            if (!File.Exists(path))
            {
                warnings.Add($"{name}：文件不存在");
                return ([], warnings);
            }

            var text = ReadText(path, name, warnings);
            return (SplitLines(text, warnings, name), warnings);
        }
        catch (Exception ex)
        {
            warnings.Add($"{name}：无法读取（{ex.Message}）");
            return ([], warnings);
        }
    }

    private static string ReadText(string path, string name, List<string> warnings)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var (head, whole) = Head(path);
        var content = Sniff(head.AsSpan(0, Math.Min(head.Length, SniffBytes)));
        if (content == Content.Text && ext is ".mht" or ".mhtml")
        {
            content = Content.Mht;
        }

        switch (content)
        {
            case Content.Pdf:
                return ReadPdf(path, name, warnings);
            case Content.Zip:
                return ReadZip(path, name, ext, warnings);
            case Content.Ole:
                if (SheetLike.Contains(ext) || WordLike.Contains(ext))
                {
                    var sheet = SheetLike.Contains(ext);
                    return OfficeConversion.Convert(path, sheet ? "xlsx" : "docx", name, sheet ? "Excel 97–2003/WPS 表格文件" : "Word 97–2003/WPS 文字文件", warnings,
                        converted => sheet ? ReadXlsx(converted, name, warnings) : ReadDocx(converted, name, warnings)) ?? string.Empty;
                }

                warnings.Add($"{name}：是 Office 97–2003 格式的文件，但扩展名“{ext}”看不出是文档还是表格：请改为 .doc 或 .xls 后再导入");
                return string.Empty;
            case Content.Rtf:
                return OfficeConversion.Convert(path, "docx", name, "RTF 文件", warnings, converted => ReadDocx(converted, name, warnings)) ?? string.Empty;
            case Content.Image:
                warnings.Add($"{name}：是图片，没有可读取的文字：请先做文字识别（OCR），再导入识别出的文字（.txt）");
                return string.Empty;
            case Content.Mht:
                return MhtText.Read(whole ? head : File.ReadAllBytes(path), name, warnings) ?? string.Empty;
            case Content.Binary:
                warnings.Add($"{name}：不是文本文件，也不是可读取的文档格式（支持 {string.Join(" ", Extensions)}），未读取");
                return string.Empty;
            default:
                var bytes = whole ? head : File.ReadAllBytes(path); // most texts fit in the head: read once
                var decoded = Decode(bytes);
                var html = ext is ".html" or ".htm" || (ext != ".txt" && LooksLikeHtml(decoded));
                return html ? HtmlToText(DeclaresBig5(bytes) ? Decode(bytes, "big5") : decoded) : decoded;
        }
    }

    private enum Content
    {
        Text,
        Pdf,
        Zip,
        Ole,
        Rtf,
        Image,
        Mht,
        Binary,
    }

    /// <summary>Bytes the format is decided by.</summary>
    private const int SniffBytes = 4096;

    /// <summary>The file's first 64 KB (a published text mostly fits), and whether that is the whole file.</summary>
    private static (byte[] Bytes, bool Whole) Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return (buffer[..read], read < buffer.Length);
    }

    private static Content Sniff(ReadOnlySpan<byte> head)
    {
        static bool Starts(ReadOnlySpan<byte> b, params ReadOnlySpan<byte> magic) => b.StartsWith(magic);
        if (Starts(head, 0x25, 0x50, 0x44, 0x46))
        {
            return Content.Pdf; // %PDF
        }

        if (Starts(head, 0x50, 0x4B, 0x03, 0x04))
        {
            return Content.Zip;
        }

        if (Starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return Content.Ole;
        }

        if (Starts(head, 0x7B, 0x5C, 0x72, 0x74, 0x66))
        {
            return Content.Rtf; // {\rtf
        }

        if (Starts(head, 0x89, 0x50, 0x4E, 0x47) || Starts(head, 0xFF, 0xD8, 0xFF) || Starts(head, 0x47, 0x49, 0x46, 0x38)
            || Starts(head, 0x49, 0x49, 0x2A, 0x00) || Starts(head, 0x4D, 0x4D, 0x00, 0x2A) || Starts(head, 0x42, 0x4D)
            || (Starts(head, 0x52, 0x49, 0x46, 0x46) && head.Length >= 12 && head.Slice(8, 4).SequenceEqual("WEBP"u8)))
        {
            return Content.Image;
        }

        if (IsMime(head))
        {
            return Content.Mht;
        }

        // UTF-16 text has NUL bytes; anything else with them is binary.
        var utf16 = Starts(head, 0xFF, 0xFE) || Starts(head, 0xFE, 0xFF);
        return !utf16 && head.Contains((byte)0) ? Content.Binary : Content.Text;
    }

    /// <summary>A DOCX, an XLSX (also under a .doc/.xls name), an OpenDocument file, or an archive to unpack first.</summary>
    private static string ReadZip(string path, string name, string ext, List<string> warnings)
    {
        string[] entries;
        string? mimetype = null;
        using (var zip = System.IO.Compression.ZipFile.OpenRead(path))
        {
            entries = [.. zip.Entries.Select(e => e.FullName)];
            if (zip.GetEntry("mimetype") is { } m && m.Length < 200)
            {
                using var reader = new StreamReader(m.Open());
                mimetype = reader.ReadToEnd().Trim();
            }
        }

        if (entries.Contains("word/document.xml", StringComparer.OrdinalIgnoreCase))
        {
            return ReadDocx(path, name, warnings);
        }

        if (entries.Contains("xl/workbook.xml", StringComparer.OrdinalIgnoreCase))
        {
            return ReadXlsx(path, name, warnings);
        }

        // OpenDocument files and Excel's binary workbook (.xlsb, a zip of its own parts): LibreOffice converts them.
        if (mimetype is "application/vnd.oasis.opendocument.text")
        {
            return OfficeConversion.Convert(path, "docx", name, "OpenDocument 文字文件", warnings, converted => ReadDocx(converted, name, warnings)) ?? string.Empty;
        }

        if (mimetype is "application/vnd.oasis.opendocument.spreadsheet" || entries.Contains("xl/workbook.bin", StringComparer.OrdinalIgnoreCase))
        {
            return OfficeConversion.Convert(path, "xlsx", name, "OpenDocument 或 Excel 二进制表格文件", warnings, converted => ReadXlsx(converted, name, warnings)) ?? string.Empty;
        }

        warnings.Add(entries.Contains("ppt/presentation.xml", StringComparer.OrdinalIgnoreCase)
            ? $"{name}：是演示文稿（PPT），暂不能读取：请导出为 PDF 或把文字另存为 .txt 后再导入"
            : $"{name}：是压缩包{(ext is ".zip" or ".rar" or ".7z" ? string.Empty : "（扩展名为“" + ext + "”）")}：请解压后逐个导入其中的文件");
        return string.Empty;
    }

    /// <summary>
    /// Whether the file starts as a MIME message (an MHT web archive): header lines before the first empty line, one
    /// of them <c>MIME-Version:</c> (Word writes it first; Chrome writes <c>From:</c>, <c>Snapshot-Content-Location:</c>
    /// and <c>Subject:</c> before it).
    /// </summary>
    private static bool IsMime(ReadOnlySpan<byte> head)
    {
        var start = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]);
        var end = start.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : start.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = end >= 0 ? start[..end] : start;
        return MimeHeaderLine().IsMatch(start) && headers.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a web page declares Big5 (a Traditional-script site) in its first 4 KB; used only when it is not UTF-8.</summary>
    private static bool DeclaresBig5(byte[] bytes) =>
        BigCharset().IsMatch(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffBytes)));

    [GeneratedRegex(@"^(MIME-Version|From|Subject|Date|Snapshot-Content-Location|Content-Type|Content-Location|X-[A-Za-z-]+):", RegexOptions.IgnoreCase)]
    private static partial Regex MimeHeaderLine();

    [GeneratedRegex(@"charset\s*=\s*[""']?big5", RegexOptions.IgnoreCase)]
    private static partial Regex BigCharset();

    /// <summary>Whether decoded text is a web page saved under another name (an .xls or .doc that download systems write as HTML).</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        var probe = start[..Math.Min(start.Length, 1024)].ToString();
        return start.StartsWith("<", StringComparison.Ordinal)
            && (probe.Contains("<html", StringComparison.OrdinalIgnoreCase) || probe.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
                || probe.Contains("<table", StringComparison.OrdinalIgnoreCase) || probe.Contains("<meta", StringComparison.OrdinalIgnoreCase));
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
    public static string Decode(byte[] bytes) => Decode(bytes, "GB18030");

    /// <summary>
    /// Decodes bytes: BOMs, strict UTF-8, else <paramref name="fallback"/> (GB18030 for any Chinese text; big5 for a page
    /// that declares it; a web archive part's own charset).
    /// </summary>
    public static string Decode(byte[] bytes, string fallback)
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
            return Encoding.GetEncoding(fallback).GetString(bytes);
        }
    }

    /// <summary>The text of a web page as a browser shows it (HtmlText): lines by blocks, a table row as <c>a | b |</c>.</summary>
    public static string HtmlToText(string html) => HtmlText.Read(html);

    private static string ReadDocx(string path, string name, List<string> warnings)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        return DocxText.Read(doc, name, warnings);
    }

    private static string ReadXlsx(string path, string name, List<string> warnings)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        return XlsxText.Read(doc, name, warnings);
    }

    private static string ReadPdf(string path, string name, List<string> warnings)
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
                warnings.Add($"{name}：无法启动 pdftotext");
                return string.Empty;
            }

            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(true);
                warnings.Add($"{name}：pdftotext 超时");
                return string.Empty;
            }

            if (process.ExitCode != 0)
            {
                warnings.Add($"{name}：pdftotext 失败（{stderr.Result.Trim()}）");
            }

            if (process.ExitCode == 0 && !output.Any(char.IsLetterOrDigit))
            {
                warnings.Add($"{name}：PDF 中没有可提取的文字（可能是扫描件或图片）：请先做文字识别（OCR），再导入识别出的文字（.txt）");
                return string.Empty;
            }

            // pdftotext separates pages with form feeds.
            return PdfLines.Unwrap(output.Replace('\f', '\n'));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            warnings.Add($"{name}：未找到 pdftotext（请安装 poppler-utils）：{ex.Message}");
            return string.Empty;
        }
    }
}
