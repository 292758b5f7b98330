using Jixiao.Documents.Pdf;

namespace Jixiao.Documents.Import;

/// <summary>
/// Files the reader cannot open itself (Word 97–2003 .doc, WPS .wps/.et, Excel 97–2003 .xls, RTF, OpenDocument)
/// converted by LibreOffice headless to DOCX or XLSX in a private temporary folder, then read like any DOCX/XLSX.
/// Government sites publish many attachments in these formats. Without LibreOffice, or when it cannot convert
/// the file, a warning says so and how to proceed; nothing is guessed from the binary.
/// </summary>
internal static class OfficeConversion
{
    /// <summary>How to proceed without LibreOffice.</summary>
    public const string MissingHint = "需要 LibreOffice 转换后才能读取，但本机未找到 LibreOffice（soffice）：请运行 scripts/setup.sh 安装，或用环境变量 JIXIAO_SOFFICE 指定 soffice 的路径；也可在 Word/WPS/Excel 中另存为 .docx/.xlsx 后再导入";

    /// <summary>
    /// Converts <paramref name="path"/> to <paramref name="format"/> (docx or xlsx) and hands the converted file to
    /// <paramref name="read"/>; the temporary folder is removed afterwards. Returns null, with a warning, when it cannot.
    /// </summary>
    public static string? Convert(string path, string format, string name, string what, List<string> warnings, Func<string, string> read, string? soffice = null)
    {
        var made = LibreOfficePdfConverter.Create(soffice, workers: 1);
        if (!made.IsSuccess)
        {
            warnings.Add($"{name}：{what}{MissingHint}");
            return null;
        }

        var dir = Path.Combine(Path.GetTempPath(), "jixiao-read-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var converter = made.Value;
            var input = Path.Combine(dir, "in", "document" + Path.GetExtension(path).ToLowerInvariant());
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.Copy(path, input);
            var converted = converter.Convert([input], Path.Combine(dir, "out"), format, TimeSpan.FromSeconds(120));
            if (!converted.IsSuccess)
            {
                warnings.Add($"{name}：{what}无法由 LibreOffice 转换为 {format.ToUpperInvariant()}（{converted.Errors[0].Message}）：文件可能已损坏、加密或并非该格式");
                return null;
            }

            return read(converted.Value[0]);
        }
        finally
        {
            try
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (IOException)
            {
                // A LibreOffice child may still hold a file; the temp folder is cleaned by the OS.
            }
        }
    }
}
