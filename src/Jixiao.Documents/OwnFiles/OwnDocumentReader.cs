using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.OwnFiles;

/// <summary>
/// Reads a DOCX report or XLSX table that Jixiao wrote back into the <see cref="Evaluation"/> it
/// came from, taking what a person edited in the visible document (narrative sections, scores,
/// reasons, measures, budget figures, unit and goal texts). Tolerates extra blank rows, re-merged
/// cells, full-width digits, numbers stored as text and a renamed sheet. Errors are Chinese and name
/// the sheet and cell; the reader never writes anything.
/// </summary>
public static class OwnDocumentReader
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>
    /// Reads our own .xlsx/.docx. Null when the file is not a Jixiao document (another format, or an
    /// Office file without our data part): the caller may try another importer. A failure when it is
    /// ours but unreadable, or when it cannot be opened at all (corrupt, password-protected).
    /// </summary>
    public static Result<Evaluation>? TryRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".xlsx" or ".xlsm" or ".docx"))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            return Fail("import.file-missing", name, "文件不存在");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            return Fail("import.file-unreadable", name, "无法读取文件：" + ex.Message);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail("import.file-unreadable", name, "没有读取该文件的权限");
        }

        return TryRead(bytes, name);
    }

    /// <summary>Like <see cref="TryRead(string)"/>, but a file that is not ours is an error too.</summary>
    public static Result<Evaluation> Read(string path) =>
        TryRead(path) ?? Fail(
            "import.not-jixiao",
            Path.GetFileName(path),
            "该文件不是 Jixiao 生成的自评表或自评报告（缺少 Jixiao 数据部件），不能按本系统文件导入；已发布报告的文本请用文本导入。");

    /// <summary>Reads from bytes; <paramref name="fileName"/> gives the format (by extension) and names the file in messages.</summary>
    public static Result<Evaluation>? TryRead(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var isExcel = ext is ".xlsx" or ".xlsm";
        var kind = isExcel ? "XLSX" : "DOCX";
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return ContainsUtf16(bytes, "EncryptedPackage")
                ? Fail("import.encrypted", fileName, $"文件设置了打开密码（已加密），无法读取。请在 {(isExcel ? "Excel/WPS 表格" : "Word/WPS 文字")} 中取消密码（文件→信息→保护→用密码进行加密，清空密码）后另存，再导入。")
                : Fail("import.legacy-format", fileName, $"这是旧版 Office 二进制文件（.{(isExcel ? "xls" : "doc")}）或已损坏，不是 {kind}；请另存为 .{(isExcel ? "xlsx" : "docx")} 后再导入。");
        }

        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            return Fail("import.corrupt", fileName, $"文件已损坏或不是 {kind} 文件（不是有效的 ZIP 包）。");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return isExcel ? XlsxOwnReader.Read(stream, fileName) : ReadDocx(stream, fileName);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException or InvalidOperationException or KeyNotFoundException)
        {
            return Fail("import.corrupt", fileName, $"文件已损坏，无法作为 {kind} 打开（{ex.GetType().Name}）。请用 Office/WPS 打开并另存后再导入。");
        }
        catch (JsonException)
        {
            return Fail("import.data-part", fileName, "文件中的 Jixiao 数据部件已损坏，无法还原自评数据。");
        }
    }

    private static Result<Evaluation>? ReadDocx(Stream stream, string fileName)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var main = doc.MainDocumentPart;
        if (main is null)
        {
            return Fail("import.corrupt", fileName, "DOCX 缺少正文部件（word/document.xml）。");
        }

        var own = OwnData.Find(main.CustomXmlParts);
        if (own is null)
        {
            return null;
        }

        var evaluation = own.Evaluation;
        var narrative = evaluation.Narrative;
        var body = main.Document?.Body;
        if (body is not null)
        {
            foreach (var sdt in body.Descendants<SdtBlock>())
            {
                var tag = sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
                if (tag is null || !tag.StartsWith(DocxReportWriter.NarrativeTagPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var key = tag[DocxReportWriter.NarrativeTagPrefix.Length..];
                if (key.StartsWith(AreaPrefix, StringComparison.Ordinal))
                {
                    // 管理效率 sub-area text: an edit replaces it, a marker left in place reads as empty.
                    var area = key[AreaPrefix.Length..];
                    var areaText = string.Join("\n", sdt.SdtContentBlock?.Elements<Paragraph>().Select(ParagraphText) ?? []).Trim('\n');
                    var areas = new Dictionary<string, string>(narrative.ManagementAreas);
                    var existing = areas.FirstOrDefault(kv => kv.Key.Trim() == area);
                    if (existing.Value is not null && existing.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') == areaText)
                    {
                        continue;
                    }

                    if (existing.Key is not null)
                    {
                        areas.Remove(existing.Key);
                    }

                    if (!string.IsNullOrWhiteSpace(areaText) && !NarrativeFields.IsPlaceholder(areaText))
                    {
                        areas[area] = areaText;
                    }

                    narrative = narrative with { ManagementAreas = areas };
                    continue;
                }

                var field = NarrativeFields.ByKey(key);
                if (field is null)
                {
                    continue;
                }

                var paragraphs = sdt.SdtContentBlock?.Elements<Paragraph>().Select(ParagraphText).ToList() ?? [];
                var text = string.Join("\n", paragraphs).Trim('\n');
                if (text == field.Shown(own.Evaluation.Narrative))
                {
                    continue; // unchanged: keep the original value exactly
                }

                var value = string.IsNullOrWhiteSpace(text) || NarrativeFields.IsPlaceholder(text) ? null : text;
                narrative = field.With(narrative, value);
            }
        }

        return Result<Evaluation>.Success(evaluation with { Narrative = narrative });
    }

    private const string AreaPrefix = "managementAreas:";

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var element in p.Descendants())
        {
            switch (element)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    internal static Result<Evaluation> Fail(string code, string path, string message) =>
        Result<Evaluation>.Failure(new DomainError(code, path, message));

    private static bool ContainsUtf16(byte[] bytes, string text)
    {
        var pattern = Encoding.Unicode.GetBytes(text);
        return bytes.AsSpan().IndexOf(pattern) >= 0;
    }

    /// <summary>True when the bytes are a zip whose entries hold a Jixiao data part (cheap check for callers).</summary>
    public static bool LooksLikeOwnPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.StartsWith("customXml/item", StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
