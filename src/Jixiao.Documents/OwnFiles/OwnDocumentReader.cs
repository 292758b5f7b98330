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
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".pdf")
        {
            return ReadBack(path) is { } pdf ? (pdf.IsSuccess ? Result<Evaluation>.Success(pdf.Value.Evaluation) : Result<Evaluation>.Failure(pdf.Errors)) : null;
        }

        var bytes = Bytes(path, ext, out var failure);
        return failure ?? (bytes is null ? null : TryRead(bytes, Path.GetFileName(path)));
    }

    /// <summary>
    /// Reads one of our documents back with what it states and where it came from: XLSX and DOCX from the
    /// data part (and, for a DOCX, its visible content compared with it: <see cref="OwnFileReadBack.Differences"/>),
    /// a DOCX without the data part (re-saved by WPS, LibreOffice or Word) from its visible paragraphs and
    /// tables, our PDF (report or table) from its text layer. Null when the file is not ours.
    /// </summary>
    public static Result<OwnFileReadBack>? ReadBack(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext == ".pdf")
        {
            if (!File.Exists(path))
            {
                return Result<OwnFileReadBack>.Failure(new DomainError("import.file-missing", name, "文件不存在"));
            }

            if (!PdfVisible.LooksOurs(path))
            {
                return null;
            }

            var content = PdfVisible.Read(path, out var error);
            if (content is null)
            {
                return Result<OwnFileReadBack>.Failure(new DomainError("import.pdf", name, $"无法读取 PDF 的文字层：{error}"));
            }

            return VisibleReader.IsOurs(content) && VisibleReader.Read(content, "PDF 文字层（pdftotext）：本系统生成的 PDF 不带数据部件，按页面上的文字读取") is { } pdf
                ? Result<OwnFileReadBack>.Success(pdf)
                : null;
        }

        var bytes = Bytes(path, ext, out var failure);
        if (failure is not null)
        {
            return Result<OwnFileReadBack>.Failure(failure.Errors);
        }

        return bytes is null || ext is not (".docx" or ".xlsx" or ".xlsm") ? null : ReadBack(bytes, name);
    }

    /// <summary>Like <see cref="ReadBack(string)"/> for XLSX/DOCX bytes (PDF needs a file for poppler).</summary>
    public static Result<OwnFileReadBack>? ReadBack(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".xlsx" or ".xlsm")
        {
            // Tables: OwnTableReader (data part, visible cells, or the cells alone when re-saved), in the same shape.
            var table = OwnTableReader.TryRead(bytes, fileName);
            return table is null ? null
                : table.IsSuccess ? Result<OwnFileReadBack>.Success(new OwnFileReadBack
                {
                    Evaluation = table.Value.Evaluation,
                    Source = table.Value.SourceText,
                    Differences = [.. table.Value.Differences.Select(d => new VisibleDifference(d.Path, d.Code == OwnReadBack.StaleFormulaCode ? "公式结果" : "单元格", string.Empty, string.Empty, d.Path) { Message = d.Message })],
                })
                : Result<OwnFileReadBack>.Failure(table.Errors);
        }

        if (ext != ".docx")
        {
            return null;
        }

        if (Precheck(bytes, fileName) is { } bad)
        {
            return Result<OwnFileReadBack>.Failure(bad.Errors);
        }

        return Guard(bytes, fileName, stream =>
        {
            using var doc = WordprocessingDocument.Open(stream, false);
            return ReadDocxBack(doc, fileName);
        });
    }

    private static byte[]? Bytes(string path, string ext, out Result<Evaluation>? failure)
    {
        failure = null;
        var name = Path.GetFileName(path);
        if (ext is not (".xlsx" or ".xlsm" or ".docx"))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            failure = Fail("import.file-missing", name, "文件不存在");
            return null;
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            failure = Fail("import.file-unreadable", name, "无法读取文件：" + ex.Message);
        }
        catch (UnauthorizedAccessException)
        {
            failure = Fail("import.file-unreadable", name, "没有读取该文件的权限");
        }

        return null;
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
        if (Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".xlsm")
        {
            return Precheck(bytes, fileName) ?? Guard(bytes, fileName, stream => XlsxOwnReader.Read(stream, fileName));
        }

        return ReadBack(bytes, fileName) is { } back
            ? back.IsSuccess ? Result<Evaluation>.Success(back.Value.Evaluation) : Result<Evaluation>.Failure(back.Errors)
            : null;
    }

    /// <summary>A password-protected, legacy binary or non-zip file: the Chinese error; null when the bytes may be a package.</summary>
    private static Result<Evaluation>? Precheck(byte[] bytes, string fileName)
    {
        var isExcel = Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".xlsm";
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

        return null;
    }

    /// <summary>Opens the package and turns what a damaged or foreign file throws into a Chinese error.</summary>
    private static Result<T>? Guard<T>(byte[] bytes, string fileName, Func<Stream, Result<T>?> read)
    {
        var kind = Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".xlsm" ? "XLSX" : "DOCX";
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return read(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException or InvalidOperationException or KeyNotFoundException)
        {
            return Result<T>.Failure(new DomainError("import.corrupt", fileName, $"文件已损坏，无法作为 {kind} 打开（{ex.GetType().Name}）。请用 Office/WPS 打开并另存后再导入。"));
        }
        catch (JsonException)
        {
            return Result<T>.Failure(new DomainError("import.data-part", fileName, "文件中的 Jixiao 数据部件已损坏，无法还原自评数据。"));
        }
    }

    /// <summary>
    /// A DOCX: from the data part, with edited narrative taken from the tagged content controls and the visible
    /// tables compared with it; without a data part, from the visible content when it is one of our reports.
    /// </summary>
    private static Result<OwnFileReadBack>? ReadDocxBack(WordprocessingDocument doc, string fileName)
    {
        var main = doc.MainDocumentPart;
        if (main is null)
        {
            return Result<OwnFileReadBack>.Failure(new DomainError("import.corrupt", fileName, "DOCX 缺少正文部件（word/document.xml）。"));
        }

        var own = OwnData.Find(main.CustomXmlParts);
        var visible = VisibleReader.Read(DocxVisible.Read(doc), "可见内容（数据部件缺失：文件可能被 WPS、LibreOffice 或其他软件另存过），按可见的段落和表格读取");
        if (own is null)
        {
            return visible is not null && VisibleReader.IsOurs(visible.Visible!) ? Result<OwnFileReadBack>.Success(visible) : null;
        }

        var evaluation = ReadDocx(doc, own);
        return Result<OwnFileReadBack>.Success(new OwnFileReadBack
        {
            Evaluation = evaluation,
            Source = "数据部件（Jixiao 写入的自评数据，叙述部分取自可见内容）",
            Differences = visible is null ? [] : VisibleDifferences.Compare(own, evaluation, visible),
            Notes = visible?.Notes ?? [],
            Sources = visible?.Sources ?? new Dictionary<string, string>(),
        });
    }

    private static Evaluation ReadDocx(WordprocessingDocument doc, OwnData own)
    {
        var main = doc.MainDocumentPart!;

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

        return evaluation with { Narrative = narrative };
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
