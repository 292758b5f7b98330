using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Documents.OwnFiles;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Goals;

/// <summary>
/// 绩效目标表 as XLSX in the published layout: a header block (unit, project information, funds by source, schedule,
/// goals), then the indicator table(s) with one row per indicator (年度绩效指标, and for projects 中长期绩效指标). Everything is
/// in cells (no hidden data part), so a table edited and re-saved in Excel or LibreOffice reads back the same; the reader
/// also takes the common published headers (goal-tables/columns.yaml).
/// </summary>
public static partial class GoalTableXlsx
{
    public const string SheetName = "绩效目标表";

    private const int Last = 15;

    public static byte[] ToBytes(GoalDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            CoreProperties.Add(package, Title(declaration), new DateTime(declaration.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
            var workbookPart = package.AddWorkbookPart();
            XlsxStyles.AddTo(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            sheetPart.Worksheet = Sheet(declaration);
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = "rIdSheet1" }));
        }

        using var output = new MemoryStream();
        DeterministicZip.Normalize(buffer, output);
        return output.ToArray();
    }

    public static string Title(GoalDeclaration d) => d.Kind == EvaluationKind.Project
        ? $"{d.Project?.Name}项目绩效目标申报表（{d.Year.ToString(CultureInfo.InvariantCulture)}年度）"
        : $"{d.Unit}部门整体绩效目标表（{d.Year.ToString(CultureInfo.InvariantCulture)}年度）";

    public static string FileName(GoalDeclaration d, string format) => Title(d) + "." + format;

    private static Worksheet Sheet(GoalDeclaration d)
    {
        var v = GoalTableVocabulary.Default;
        var s = new SheetWriter();
        s.Text(1, 1, Title(d), XStyle.Title);
        s.Merge(1, 1, 1, Last, XStyle.Title);
        s.Height(1, 30);
        var r = 2;
        void Field(string key, string? value)
        {
            s.Field(r, 1, v.Field(key), value, Last);
            r++;
        }

        Field("unit", d.Unit);
        Field("unitCode", d.UnitCode);
        Field("department", d.Department);
        Field("year", d.Year.ToString(CultureInfo.InvariantCulture));
        Field("kind", d.Kind.Name());
        Field("frameworkId", d.FrameworkId);
        Field("functionClass", d.FunctionClass);
        Field("functionSection", d.FunctionSection);
        Field("fundUse", d.FundUse);
        if (d.Kind == EvaluationKind.Department)
        {
            Field("duties", d.Duties);
        }

        if (d.Project is { } p)
        {
            Field("projectName", p.Name);
            Field("projectCode", p.Code);
            Field("projectStatus", p.Status?.Name());
            Field("implementer", p.Implementer);
            Field("manager", p.Manager);
            Field("start", Date(p.Start));
            Field("end", Date(p.End));
            Field("basis", p.Basis);
            Field("feasibility", p.Feasibility);
            Field("necessity", p.Necessity);
        }

        r++;
        Caption(s, r++, v.Section("funds"));
        s.Text(r, 1, "资金来源", XStyle.Header);
        s.Text(r, 2, "金额（万元）", XStyle.Header);
        r++;
        foreach (var f in d.Funds)
        {
            s.Text(r, 1, f.Name, XStyle.TextLeft);
            s.Number(r, 2, f.Amount, XStyle.Money);
            r++;
        }

        if (d.Project is { } project)
        {
            r++;
            Caption(s, r++, v.Section("schedule"));
            s.Text(r, 1, "实施内容", XStyle.Header);
            s.Text(r, 2, "开始时间", XStyle.Header);
            s.Text(r, 3, "结束时间", XStyle.Header);
            r++;
            foreach (var item in project.Schedule)
            {
                s.Text(r, 1, item.Content, XStyle.TextLeft);
                s.Text(r, 2, Date(item.Start), XStyle.TextCenter);
                s.Text(r, 3, Date(item.End), XStyle.TextCenter);
                r++;
            }
        }

        r++;
        if (d.LongTerm is { } longTerm)
        {
            Field("longTermText", longTerm.Text);
        }

        Field("annualText", d.Annual.Text);
        r = Table(s, r + 1, v.Section("annual"), d.Annual.Indicators);
        if (d.LongTerm is { } lt)
        {
            Table(s, r + 1, v.Section("longTerm"), lt.Indicators);
        }

        double[] widths = [12, 14, 26, 8, 7, 10, 8, 28, 24, 12, 8, 7, 20, 12, 16];
        return s.Build(widths, hiddenColumns: [Last], printTitleRow: null, footer: "&C第 &P 页，共 &N 页");
    }

    private static void Caption(SheetWriter s, int row, string text)
    {
        s.Text(row, 1, text, XStyle.BoldCenter);
        s.Merge(row, 1, row, Last, XStyle.BoldCenter);
    }

    private static int Table(SheetWriter s, int row, string caption, IReadOnlyList<DeclaredIndicator> rows)
    {
        var v = GoalTableVocabulary.Default;
        Caption(s, row++, caption);
        for (var c = 0; c < GoalTableVocabulary.ColumnKeys.Length; c++)
        {
            s.Text(row, c + 1, v.Column(GoalTableVocabulary.ColumnKeys[c]), XStyle.Header);
        }

        row++;
        foreach (var i in rows)
        {
            s.Text(row, 1, i.Level1, XStyle.TextCenter);
            s.Text(row, 2, i.Level2, XStyle.TextCenter);
            s.Text(row, 3, i.Name, XStyle.TextLeft);
            s.Text(row, 4, (i.ValueType ?? (i.IsQualitative ? IndicatorValueType.Qualitative : IndicatorValueType.Quantitative)).Name(), XStyle.TextCenter);
            s.Text(row, 5, i.Operator?.Symbol(), XStyle.TextCenter);
            if (i.Target is { } t && !i.IsQualitative)
            {
                s.Number(row, 6, t, XStyle.Number);
            }
            else
            {
                s.Text(row, 6, i.TargetText, XStyle.TextLeft);
            }

            s.Text(row, 7, i.Unit, XStyle.TextCenter);
            s.Text(row, 8, i.Explanation, XStyle.TextLeft);
            s.Text(row, 9, i.ScoringStandard, XStyle.TextLeft);
            s.Text(row, 10, i.Standard?.Name(), XStyle.TextCenter);
            s.Number(row, 11, i.StandardValue, XStyle.Number);
            s.Number(row, 12, i.Weight, XStyle.Number);
            s.Text(row, 13, i.Reason, XStyle.TextLeft);
            s.Text(row, 14, i.Remark, XStyle.TextLeft);
            s.Text(row, 15, i.Provenance is { } p ? string.Join(" | ", p.Kind, p.Reference, p.Reason, p.AcceptedBy ?? string.Empty) : null, XStyle.TextLeft);
            row++;
        }

        return row;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a goal table: ours (also after editing and re-saving in Excel or LibreOffice) or a published one with common
    /// headers. What the file does not state comes from <paramref name="defaults"/> (e.g. the record it is imported into);
    /// every unreadable cell is an error naming file, sheet and cell.
    /// </summary>
    public static Result<GoalDeclaration> Read(byte[] bytes, string fileName, GoalDeclaration? defaults = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        }
        catch (Exception ex) when (ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return Result<GoalDeclaration>.Failure(new DomainError("goal-import.not-xlsx", fileName, "文件不是有效的 XLSX 工作簿。"));
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var shared = workbook?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            foreach (var sheet in workbook?.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var grid = XlsxOwnReader.Grid.Load(part, shared, sheet.Name?.Value ?? "?", fileName);
                if (HeaderRows(grid).Count > 0)
                {
                    return ReadGrid(grid, defaults);
                }
            }
        }

        return Result<GoalDeclaration>.Failure(new DomainError("goal-import.no-table", fileName,
            "找不到绩效指标表：没有哪个工作表含有“一级指标”“三级指标”“指标值”等表头行。"));
    }

    private static List<int> HeaderRows(XlsxOwnReader.Grid g)
    {
        var v = GoalTableVocabulary.Default;
        var rows = new List<int>();
        for (var r = 1; r <= g.MaxRow; r++)
        {
            var keys = Enumerable.Range(1, 40).Select(c => GoalTableVocabulary.Match(v.Columns, g.Text(r, c))).Where(k => k is not null).ToHashSet();
            if (keys.Contains("name") && keys.Contains("level1") && keys.Contains("target"))
            {
                rows.Add(r);
            }
        }

        return rows;
    }

    private static Result<GoalDeclaration> ReadGrid(XlsxOwnReader.Grid g, GoalDeclaration? defaults)
    {
        var v = GoalTableVocabulary.Default;
        var errors = new List<DomainError>();
        var headers = HeaderRows(g);
        var fields = new Dictionary<string, (string Text, int Row, int Col)>(StringComparer.Ordinal);
        var funds = new List<NamedAmount>();
        var schedule = new List<ScheduleItem>();
        string? block = null;
        for (var r = 1; r < headers[0]; r++)
        {
            var first = FirstCell(g, r);
            if (first is null)
            {
                block = null;
                continue;
            }

            var (col, text) = first.Value;
            if (GoalTableVocabulary.Match(v.Sections, text) is { } section && section is "funds" or "schedule")
            {
                block = section;
                continue;
            }

            if (GoalTableVocabulary.Match(v.Fields, text) is { } field)
            {
                block = null;
                var value = NextCell(g, r, col);
                if (value is not null)
                {
                    fields.TryAdd(field, (value.Value.Text, r, value.Value.Col));
                }

                continue;
            }

            if (IsTableHeader(text) || r == 1)
            {
                continue;
            }

            switch (block)
            {
                case "funds":
                    var amount = g.Number(r, col + 1, errors, $"资金来源“{text}”的金额");
                    funds.Add(new NamedAmount(text.Trim(), amount ?? 0m));
                    break;
                case "schedule":
                    schedule.Add(new ScheduleItem(text.Trim(), ReadDate(g, r, col + 1, errors), ReadDate(g, r, col + 2, errors)));
                    break;
            }
        }

        string? F(string key) => fields.TryGetValue(key, out var f) ? f.Text.Trim() : null;

        var title = g.Text(1, 1);
        var year = defaults?.Year ?? 0;
        if (F("year") is { } y)
        {
            if (int.TryParse(CellText.Normalize(y), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                year = parsed;
            }
            else
            {
                errors.Add(g.Error(fields["year"].Row, fields["year"].Col, "goal-import.year", $"年度“{y}”不是整数"));
            }
        }
        else if (YearPattern().Match(title) is { Success: true } m)
        {
            year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var kind = defaults?.Kind ?? (F("projectName") is not null || title.Contains("项目", StringComparison.Ordinal) ? EvaluationKind.Project : EvaluationKind.Department);
        if (F("kind") is { } kindText && DomainText.TryParseKind(kindText, out var k))
        {
            kind = k;
        }

        var sections = new List<(string Key, List<DeclaredIndicator> Rows)>();
        for (var h = 0; h < headers.Count; h++)
        {
            var end = h + 1 < headers.Count ? headers[h + 1] : g.MaxRow + 1;
            var caption = CaptionAbove(g, headers[h], h == 0 ? 1 : headers[h - 1] + 1);
            var key = caption ?? (h == 0 ? "annual" : "longTerm");
            sections.Add((key, Rows(g, headers[h], end, errors)));
        }

        ProjectStatus? status = null;
        if (F("projectStatus") is { } st)
        {
            if (GoalText.TryParseProjectStatus(st, out var ps))
            {
                status = ps;
            }
            else
            {
                errors.Add(g.Error(fields["projectStatus"].Row, fields["projectStatus"].Col, "goal-import.status", $"项目类型“{st}”无效（新增项目、延续项目）"));
            }
        }

        var annual = sections.FirstOrDefault(s => s.Key == "annual").Rows ?? [];
        var longTerm = sections.FirstOrDefault(s => s.Key == "longTerm").Rows;
        var declaration = new GoalDeclaration
        {
            Unit = F("unit") ?? defaults?.Unit ?? F("implementer") ?? F("department") ?? string.Empty,
            UnitCode = F("unitCode") ?? defaults?.UnitCode,
            Department = F("department") ?? defaults?.Department,
            Year = year,
            Kind = kind,
            FrameworkId = F("frameworkId") ?? defaults?.FrameworkId ?? (kind == EvaluationKind.Project ? "national-project-2020" : "gz-district-dept-2022"),
            FunctionClass = F("functionClass") ?? defaults?.FunctionClass,
            FunctionSection = F("functionSection") ?? defaults?.FunctionSection,
            FundUse = F("fundUse") ?? defaults?.FundUse,
            Duties = kind == EvaluationKind.Department ? F("duties") ?? defaults?.Duties : null,
            Project = kind == EvaluationKind.Project
                ? new ProjectInfo
                {
                    Name = F("projectName") ?? defaults?.Project?.Name ?? string.Empty,
                    Code = F("projectCode"),
                    Status = status,
                    Implementer = F("implementer"),
                    Manager = F("manager"),
                    Start = FieldDate("start"),
                    End = FieldDate("end"),
                    Basis = F("basis"),
                    Feasibility = F("feasibility"),
                    Necessity = F("necessity"),
                    Schedule = schedule,
                }
                : null,
            Funds = funds,
            Annual = new GoalSection { Text = F("annualText"), Indicators = annual },
            LongTerm = kind == EvaluationKind.Project && (longTerm is not null || F("longTermText") is not null)
                ? new GoalSection { Text = F("longTermText"), Indicators = longTerm ?? [] }
                : null,
        };

        if (errors.Count > 0)
        {
            return Result<GoalDeclaration>.Failure(errors);
        }

        var invalid = GoalSerializer.Validate(declaration);
        return invalid.Count > 0
            ? Result<GoalDeclaration>.Failure([.. invalid.Select(e => e with { Message = e.Message + $"（{g.FileName}）" })])
            : Result<GoalDeclaration>.Success(declaration);

        DateOnly? FieldDate(string key) => fields.TryGetValue(key, out var f) ? ReadDate(g, f.Row, f.Col, errors) : null;
    }

    private static bool IsTableHeader(string text) =>
        CellText.Key(text) is "资金来源" or "实施内容" || GoalTableVocabulary.Match(GoalTableVocabulary.Default.Columns, text) is not null;

    private static string? CaptionAbove(XlsxOwnReader.Grid g, int header, int from)
    {
        for (var r = header - 1; r >= from; r--)
        {
            if (FirstCell(g, r) is { } c && GoalTableVocabulary.Match(GoalTableVocabulary.Default.Sections, c.Text) is { } key && key is "annual" or "longTerm")
            {
                return key;
            }
        }

        return null;
    }

    private static List<DeclaredIndicator> Rows(XlsxOwnReader.Grid g, int header, int end, List<DomainError> errors)
    {
        var v = GoalTableVocabulary.Default;
        var cols = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 1; c <= 40; c++)
        {
            if (GoalTableVocabulary.Match(v.Columns, g.Text(header, c)) is { } key)
            {
                cols.TryAdd(key, c);
            }
        }

        // Text as typed (full-width punctuation kept); values that are parsed are normalised where they are parsed.
        string Cell(int r, string key) => cols.TryGetValue(key, out var c) ? g.Text(r, c).Trim() : string.Empty;
        int Col(string key) => cols.GetValueOrDefault(key, 1);

        var rows = new List<DeclaredIndicator>();
        string level1 = string.Empty, level2 = string.Empty;
        for (var r = header + 1; r < end; r++)
        {
            if (FirstCell(g, r) is { } first && GoalTableVocabulary.Match(v.Sections, first.Text) is not null)
            {
                break;
            }

            var name = Cell(r, "name");
            if (name.Length == 0)
            {
                if (cols.Keys.Any(k => k != "level1" && k != "level2" && Cell(r, k).Length > 0))
                {
                    errors.Add(g.Error(r, Col("name"), "goal-import.name", "这一行填写了内容但没有三级指标名称"));
                }

                continue;
            }

            // Merged 一级/二级 cells keep their text in the first row only: carry it down.
            level1 = Cell(r, "level1") is { Length: > 0 } l1 ? l1 : level1;
            level2 = Cell(r, "level2") is { Length: > 0 } l2 ? l2 : level2;
            IndicatorOperator? op = null;
            if (CellText.Normalize(Cell(r, "operator")) is { Length: > 0 } opText)
            {
                if (DomainText.TryParseOperator(opText, out var parsed))
                {
                    op = parsed;
                }
                else
                {
                    errors.Add(g.Error(r, Col("operator"), "goal-import.operator", $"指标性质“{opText}”无效（≥、>、=、≤、<、定性）"));
                }
            }

            IndicatorValueType? type = null;
            if (CellText.Normalize(Cell(r, "valueType")) is { Length: > 0 } typeText)
            {
                if (GoalText.TryParseValueType(typeText, out var t))
                {
                    type = t;
                }
                else
                {
                    errors.Add(g.Error(r, Col("valueType"), "goal-import.value-type", $"指标值类型“{typeText}”无效（定量、定性）"));
                }
            }

            var targetText = Cell(r, "target");
            var unit = Cell(r, "unit");
            decimal? target = null;
            string? text = null;
            var qualitative = type == IndicatorValueType.Qualitative || op == IndicatorOperator.Qualitative;
            if (targetText.Length > 0 && !qualitative)
            {
                if (CellText.TryNumber(targetText, out var number, out var percent))
                {
                    target = number;
                    unit = unit.Length == 0 && percent ? "%" : unit;
                }
                else if (TargetPattern().Match(CellText.Normalize(targetText)) is { Success: true } m && DomainText.TryParseOperator(m.Groups[1].Value, out var inline))
                {
                    // Published tables write the operator and unit into the value (“≥50个”).
                    op ??= inline;
                    target = decimal.Parse(m.Groups[2].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                    unit = unit.Length == 0 ? m.Groups[3].Value.Trim() : unit;
                }
                else if (type == IndicatorValueType.Quantitative)
                {
                    errors.Add(g.Error(r, Col("target"), "goal-import.target", $"定量指标“{name}”的指标值“{targetText}”不是数字"));
                }
                else
                {
                    text = targetText;
                    qualitative = true;
                }
            }
            else if (targetText.Length > 0)
            {
                text = targetText;
            }

            TargetStandard? standard = null;
            if (CellText.Normalize(Cell(r, "standard")) is { Length: > 0 } standardText)
            {
                if (GoalText.TryParseStandard(standardText, out var sd))
                {
                    standard = sd;
                }
                else
                {
                    errors.Add(g.Error(r, Col("standard"), "goal-import.standard", $"指标值设定依据“{standardText}”无效（计划标准、历史标准、行业标准、预算支出标准、其他标准）"));
                }
            }

            IndicatorProvenance? provenance = null;
            if (Cell(r, "provenance") is { Length: > 0 } provText)
            {
                var parts = provText.Split(" | ");
                provenance = parts.Length >= 3 ? new IndicatorProvenance(parts[0], parts[1], parts[2]) { AcceptedBy = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null } : null;
            }

            rows.Add(new DeclaredIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                ValueType = type ?? (qualitative && type is null && op is null ? IndicatorValueType.Qualitative : null),
                Operator = op,
                Target = target,
                TargetText = text,
                Unit = unit.Length == 0 ? null : unit,
                Explanation = Null(Cell(r, "explanation")),
                ScoringStandard = Null(Cell(r, "scoringStandard")),
                Standard = standard,
                StandardValue = cols.TryGetValue("standardValue", out var sv) ? g.Number(r, sv, errors, $"指标“{name}”的标准值") : null,
                Weight = cols.TryGetValue("weight", out var w) ? g.Number(r, w, errors, $"指标“{name}”的权重") : null,
                Reason = Null(Cell(r, "reason")),
                Remark = Null(Cell(r, "remark")),
                Provenance = provenance,
            });
        }

        return rows;
    }

    private static DateOnly? ReadDate(XlsxOwnReader.Grid g, int r, int c, List<DomainError> errors)
    {
        var text = CellText.Normalize(g.Text(r, c));
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date typed into a spreadsheet is stored as a serial number (days since 1899-12-30).
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            return DateOnly.FromDateTime(new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays((double)serial));
        }

        errors.Add(g.Error(r, c, "goal-import.date", $"“{text}”不是日期（例如 2026-01-01）"));
        return null;
    }

    private static (int Col, string Text)? FirstCell(XlsxOwnReader.Grid g, int r)
    {
        for (var c = 1; c <= 40; c++)
        {
            if (g.Text(r, c) is { Length: > 0 } t && t.Trim().Length > 0)
            {
                return (c, t);
            }
        }

        return null;
    }

    private static (int Col, string Text)? NextCell(XlsxOwnReader.Grid g, int r, int col)
    {
        for (var c = col + 1; c <= 40; c++)
        {
            if (g.Text(r, c) is { Length: > 0 } t && t.Trim().Length > 0)
            {
                return (c, t);
            }
        }

        return null;
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(≥|>=|＞＝|>|＞|=|＝|≤|<=|＜＝|<|＜)\s*(-?\d+(?:\.\d+)?)\s*(.*)$")]
    private static partial Regex TargetPattern();
}
