using System.Text.Json;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.OwnFiles;

/// <summary>Where the evaluation read back from one of our tables came from.</summary>
public enum OwnSource
{
    /// <summary>The Jixiao data part; the visible cells agree with it.</summary>
    DataPart,

    /// <summary>The Jixiao data part, with what differs in the visible cells taken from the cells (see the differences).</summary>
    DataPartWithEdits,

    /// <summary>The visible cells alone: the data part is gone (the file was re-saved by LibreOffice, WPS or Excel).</summary>
    VisibleCells,
}

/// <summary>
/// An evaluation read back from our XLSX, the source it came from and every difference between the visible cells and the
/// data part (or between a formula's shown figure and what the figures in the table give), for the checks to show.
/// </summary>
public sealed record OwnReadBack(Evaluation Evaluation, OwnSource Source, IReadOnlyList<DomainError> Differences)
{
    /// <summary>Code of a difference between the visible cells and the data part (the cells are taken).</summary>
    public const string VisibleDiffersCode = "import.visible-differs";

    /// <summary>Code of a formula whose shown figure is not what the table's figures give (the table was not recalculated).</summary>
    public const string StaleFormulaCode = "import.stale-formula";

    /// <summary>The source in Chinese, for messages.</summary>
    public string SourceText => Source switch
    {
        OwnSource.DataPart => "Jixiao 数据部件（表中内容与之一致）",
        OwnSource.DataPartWithEdits => $"Jixiao 数据部件及表中修改（{Differences.Count(d => d.Code == VisibleDiffersCode)} 处与数据部件不同，以表中为准）",
        OwnSource.VisibleCells => "表中可见单元格（文件中没有 Jixiao 数据部件，可能经 LibreOffice、WPS 或 Excel 另存）",
    };
}

/// <summary>
/// Reads our XLSX tables back with the source and the differences (<see cref="OwnDocumentReader.TryRead(string)"/> gives the
/// evaluation alone). A table re-saved by another editor has lost the data part; it is read from its visible cells and the
/// hidden markers that every editor keeps.
/// </summary>
public static class OwnTableReader
{
    /// <summary>Null when the file is not one of our tables; a failure when it is ours but cannot be read.</summary>
    public static Result<OwnReadBack>? TryRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (Path.GetExtension(path).ToLowerInvariant() is not (".xlsx" or ".xlsm"))
        {
            return null;
        }

        // Missing, unreadable, encrypted, legacy or corrupt files: the errors of the general reader.
        if (!File.Exists(path))
        {
            return Failure(OwnDocumentReader.TryRead(path));
        }

        var bytes = File.ReadAllBytes(path);
        return TryRead(bytes, name);
    }

    /// <summary>As <see cref="TryRead(string)"/> from bytes; <paramref name="fileName"/> names the file in messages.</summary>
    public static Result<OwnReadBack>? TryRead(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K')
        {
            return Failure(OwnDocumentReader.TryRead(bytes, fileName));
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return XlsxOwnReader.ReadBack(stream, fileName);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException or InvalidOperationException or KeyNotFoundException)
        {
            return Result<OwnReadBack>.Failure(new DomainError("import.corrupt", fileName, $"文件已损坏，无法作为 XLSX 打开（{ex.GetType().Name}）。请用 Office/WPS 打开并另存后再导入。"));
        }
        catch (JsonException)
        {
            return Result<OwnReadBack>.Failure(new DomainError("import.data-part", fileName, "文件中的 Jixiao 数据部件已损坏，无法还原自评数据。"));
        }
    }

    private static Result<OwnReadBack>? Failure(Result<Evaluation>? result) =>
        result is null ? null : Result<OwnReadBack>.Failure(result.IsSuccess ? [new DomainError("import.corrupt", string.Empty, "文件无法作为 XLSX 读取。")] : result.Errors);
}
