using System.Text.RegularExpressions;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Documents.Import;

/// <summary>Options of the importer.</summary>
public sealed record ImportOptions
{
    /// <summary>Frameworks a score table may be mapped onto (the best-matching one by indicator names is chosen).</summary>
    public IReadOnlyList<Framework> Frameworks { get; init; } = FrameworkCatalog.BuiltIn;
}

/// <summary>
/// Importer of published self-evaluation text (导入已公开的自评报告/自评表): finds the documents in a
/// file, detects their kind and extracts what they state, each value with its source line. It
/// never invents a value and never throws.
/// </summary>
public static partial class PublishedImporter
{
    public static ImportResult ImportFile(string path, ImportOptions? options = null)
    {
        try
        {
            var (lines, warnings) = PublishedTextReader.Read(path);
            var result = ImportLines(lines, Path.GetFileName(path), options);
            return result with { Warnings = [.. warnings, .. result.Warnings] };
        }
        catch (Exception ex)
        {
            return new ImportResult { Source = path, Warnings = [$"{path}：导入时发生内部错误（{ex.GetType().Name}：{ex.Message}）"] };
        }
    }

    public static ImportResult ImportText(string text, string sourceName, ImportOptions? options = null)
    {
        try
        {
            var warnings = new List<string>();
            var lines = PublishedTextReader.SplitLines(text ?? string.Empty, warnings, sourceName);
            var result = ImportLines(lines, sourceName, options);
            return result with { Warnings = [.. warnings, .. result.Warnings] };
        }
        catch (Exception ex)
        {
            return new ImportResult { Source = sourceName, Warnings = [$"{sourceName}：导入时发生内部错误（{ex.GetType().Name}：{ex.Message}）"] };
        }
    }

    public static ImportResult ImportLines(IReadOnlyList<string> rawLines, string sourceName, ImportOptions? options = null)
    {
        options ??= new ImportOptions();
        var warnings = new List<string>();
        try
        {
            var lines = new List<TextLine>(rawLines.Count);
            for (var i = 0; i < rawLines.Count; i++)
            {
                var raw = rawLines[i].Length > PublishedTextReader.MaxLineLength ? rawLines[i][..PublishedTextReader.MaxLineLength] : rawLines[i];
                lines.Add(new TextLine(i + 1, raw, TextNormalizer.NormalizeLine(raw)));
            }

            var documents = new List<ImportedDocument>();
            foreach (var segment in Split(lines))
            {
                var kind = DetectKind(segment);
                if (kind is null)
                {
                    if (segment.Any(l => l.Text.Trim().Length > 0))
                    {
                        warnings.Add($"{sourceName} 第 {segment[0].Number}–{segment[^1].Number} 行：未识别出自评报告或自评表");
                    }

                    continue;
                }

                documents.Add(Parse(kind.Value, segment, options) with { Text = [.. segment.Select(l => new SourceLine(l.Number, l.Text))] });
            }

            if (documents.Count == 0 && warnings.Count == 0)
            {
                warnings.Add($"{sourceName}：没有可识别的内容");
            }

            return new ImportResult { Source = sourceName, Documents = documents, Warnings = warnings, LineCount = lines.Count };
        }
        catch (Exception ex)
        {
            // A bug, not bad input: report it as a warning so that an audit of thousands of files goes on.
            warnings.Add($"{sourceName}：导入时发生内部错误（{ex.GetType().Name}：{ex.Message}）");
            return new ImportResult { Source = sourceName, Warnings = warnings };
        }
    }

    private static ImportedDocument Parse(DocumentKind kind, List<TextLine> segment, ImportOptions options) => kind switch
    {
        DocumentKind.DepartmentReport or DocumentKind.TransferPaymentReport or DocumentKind.ProjectReport or DocumentKind.Other => ReportParser.Parse(kind, segment),
        DocumentKind.DepartmentScoreTable => ScoreTableParser.Parse(segment, options),
        DocumentKind.ProjectTable or DocumentKind.TransferPaymentTable => ProjectTableParser.Parse(segment),
    };

    /// <summary>Kind of a segment from its title lines, else from its content; null when it is not a self-evaluation.</summary>
    internal static DocumentKind? DetectKind(IReadOnlyList<TextLine> segment)
    {
        var head = TextNormalizer.Compact(string.Concat(segment.Take(12).Select(l => l.Text)));
        var all = TextNormalizer.Compact(string.Concat(segment.Take(400).Select(l => l.Text)));
        if (head.Contains("转移支付", StringComparison.Ordinal) && (head.Contains("报告", StringComparison.Ordinal) || head.Contains("自评", StringComparison.Ordinal)))
        {
            return DocumentKind.TransferPaymentReport;
        }

        if (ProjectTitle().IsMatch(head))
        {
            return DocumentKind.ProjectTable;
        }

        if (head.Contains("部门整体支出绩效自评表", StringComparison.Ordinal) || (head.Contains("整体支出", StringComparison.Ordinal) && head.Contains("自评表", StringComparison.Ordinal) && !head.Contains("报告", StringComparison.Ordinal)))
        {
            return DocumentKind.DepartmentScoreTable;
        }

        if (ReportTitle().IsMatch(head))
        {
            return DocumentKind.DepartmentReport;
        }

        // No title: judge by content.
        if (all.Contains("绩效指标(90分)", StringComparison.Ordinal) || (all.Contains("三级指标", StringComparison.Ordinal) && (all.Contains("指标性质", StringComparison.Ordinal) || all.Contains("年度指标值", StringComparison.Ordinal))))
        {
            return DocumentKind.ProjectTable;
        }

        if (all.Contains("一级指标分值二级指标分值三级指标", StringComparison.Ordinal))
        {
            return DocumentKind.DepartmentScoreTable;
        }

        if (all.Contains("存在的主要问题", StringComparison.Ordinal) || all.Contains("自评报告", StringComparison.Ordinal) || all.Contains("部门整体支出", StringComparison.Ordinal))
        {
            return DocumentKind.DepartmentReport;
        }

        return null;
    }

    /// <summary>Splits the lines into documents at repeated titles (e.g. two project tables one after the other).</summary>
    internal static List<List<TextLine>> Split(List<TextLine> lines)
    {
        var titles = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var compact = TextNormalizer.Compact(lines[i].Text);
            if (compact.Length == 0 || compact.Length > 120)
            {
                continue;
            }

            var next = i + 1 < lines.Count ? TextNormalizer.Compact(lines[i + 1].Text) : string.Empty;
            if (IsTitle(compact) || (next.Length < 60 && !IsTitle(next) && IsTitle(compact + next)))
            {
                if (titles.Count == 0 || i - titles[^1] > 3)
                {
                    titles.Add(i);
                }
            }
        }

        var segments = new List<List<TextLine>>();
        var start = 0;
        foreach (var t in titles)
        {
            if (t <= start)
            {
                continue;
            }

            var cutAt = t;

            // A header line just above the title ("2022年度XX单位（本级）") belongs to the new document.
            if (cutAt - 1 > start && HeaderLine().IsMatch(TextNormalizer.Compact(lines[cutAt - 1].Text)))
            {
                cutAt--;
            }

            if (HasBody(lines, start, cutAt))
            {
                segments.Add(lines.GetRange(start, cutAt - start));
                start = cutAt;
            }
        }

        if (start < lines.Count)
        {
            segments.Add(lines.GetRange(start, lines.Count - start));
        }

        return segments;
    }

    /// <summary>True when one of the first lines is a document title.</summary>
    internal static bool HasTitle(IReadOnlyList<TextLine> lines) =>
        lines.Take(8).Any(l => IsTitle(TextNormalizer.Compact(l.Text)));

    private static bool IsTitle(string compact) =>
        compact.Length <= 160 && (ProjectTitle().IsMatch(compact) || compact.Contains("部门整体支出绩效自评表", StringComparison.Ordinal) || ReportTitle().IsMatch(compact)
            || (compact.Contains("转移支付", StringComparison.Ordinal) && compact.Contains("自评报告", StringComparison.Ordinal)));

    private static bool HasBody(List<TextLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = TextNormalizer.Compact(lines[i].Text);
            if (BodyMarker().IsMatch(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"项目支出绩效自评表|项目支出绩效自评报告")]
    private static partial Regex ProjectTitle();

    [GeneratedRegex(@"(部门整体支出|整体支出|部门整体).{0,12}(自评报告|评价报告)|绩效自评报告")]
    private static partial Regex ReportTitle();

    [GeneratedRegex(@"^(合计|总分|评价结论|存在问题|项目名称|一级指标|绩效指标|预算执行情况|一、基本情况|三、存在)")]
    private static partial Regex BodyMarker();

    [GeneratedRegex(@"^(19|20)\d{2}年度?.{2,40}$")]
    private static partial Regex HeaderLine();
}
