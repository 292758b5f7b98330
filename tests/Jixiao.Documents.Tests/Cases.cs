using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests;

/// <summary>An evaluation with its framework and score, loaded from testdata/ and scored by the real scorer.</summary>
internal sealed record Case(string Name, Evaluation Evaluation, Framework Framework, ScoreResult Score)
{
    /// <summary>The corpus units whose documents the repository renders.</summary>
    public static readonly string[] CorpusUnits = ["haizhu-2022", "huadu-2021", "huadu-2022"];

    /// <summary>Every evaluation in testdata/ (published units and the synthetic complete cases).</summary>
    public static readonly string[] All = ["haizhu-2022", "huadu-2021", "huadu-2022", "qingshen-2023", "complete-dept-2024", "complete-project-2024"];

    public static Case Load(string name) => Of(name, Parse(name));

    /// <summary>The sample evaluation `jixiao init` writes (department.yaml or project.yaml): every input kind filled in.</summary>
    public static Case Sample(string name)
    {
        var path = Repo.Path("src", "Jixiao.Cli", "Samples", name + ".yaml");
        var parsed = EvaluationSerializer.Parse(File.ReadAllText(path), path);
        Assert.True(parsed.IsSuccess, string.Join("\n", parsed.Errors));
        return Of("init-" + name, parsed.Value);
    }

    public static Evaluation Parse(string name)
    {
        var path = Repo.Path("testdata", name, "evaluation.yaml");
        var parsed = EvaluationSerializer.Parse(File.ReadAllText(path), path);
        Assert.True(parsed.IsSuccess, string.Join("\n", parsed.Errors));
        return parsed.Value;
    }

    public static Case Of(string name, Evaluation evaluation)
    {
        var framework = FrameworkCatalog.Get(evaluation.FrameworkId);
        Assert.True(framework.IsSuccess, string.Join("\n", framework.Errors));
        var score = Scorer.Score(framework.Value, evaluation);
        Assert.True(score.IsSuccess, string.Join("\n", score.Errors));
        return new Case(name, evaluation, framework.Value, score.Value);
    }

    /// <summary>
    /// Qingshen 2023 (Sichuan project table) with 完成值 100 % filled in: the published table left
    /// them blank, so this is an illustrative variant for the project layout, not a published figure.
    /// </summary>
    public static Case QingshenFilled()
    {
        var q = Parse("qingshen-2023");
        var e = q with
        {
            Goals = q.Goals.Select(g => g with { Actual = 100m }).ToList(),
            Narrative = new Narrative { Problems = "无。", Measures = "继续严格执行工资和社保政策。" },
        };
        return Of("qingshen-2023-filled", e);
    }
}

/// <summary>A clock stopped at 2025-04-01 00:00 UTC (the 落款 date of evaluations without one), so golden files do not change daily.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly FixedClock Instance = new();

    public static readonly Jixiao.Documents.Reports.ReportOptions Draft = new() { Clock = Instance };

    public override DateTimeOffset GetUtcNow() => new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Reads what is inside produced files, for assertions and golden files.</summary>
internal static class Extract
{
    public static string DocxText(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var sb = new StringBuilder();
        foreach (var p in doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>())
        {
            var text = string.Concat(p.Descendants<W.Text>().Select(t => t.Text));
            if (text.Length > 0)
            {
                sb.AppendLine(text);
            }
        }

        return sb.ToString();
    }

    /// <summary>Every non-empty cell as "A1\tvalue" (formulas as "=F" then the cached value).</summary>
    public static string XlsxCells(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sb = new StringBuilder();
        var workbook = doc.WorkbookPart!;
        foreach (var sheet in workbook.Workbook!.Sheets!.Elements<Sheet>())
        {
            sb.Append("# ").AppendLine(sheet.Name!.Value);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var cell in part.Worksheet!.Descendants<Cell>())
            {
                var value = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty;
                var formula = cell.CellFormula?.Text;
                if (value.Length == 0 && formula is null)
                {
                    continue;
                }

                sb.Append(cell.CellReference!.Value).Append('\t');
                if (formula is not null)
                {
                    sb.Append('=').Append(formula).Append('\t');
                }

                sb.AppendLine(value.Replace("\n", "\\n", StringComparison.Ordinal));
            }
        }

        return sb.ToString();
    }

    public static IReadOnlyList<Cell> Cells(byte[] xlsx, out Dictionary<string, string> values)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = (WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!);
        var cells = part.Worksheet!.Descendants<Cell>().Select(c => (Cell)c.CloneNode(true)).ToList();
        values = cells.ToDictionary(
            c => c.CellReference!.Value!,
            c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty);
        return cells;
    }
}

/// <summary>Golden files: compared exactly; JIXIAO_UPDATE_GOLDEN=1 rewrites them.</summary>
internal static class Golden
{
    public static void Check(string actual, params string[] path)
    {
        var file = Repo.Path(path);
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(file, normalized, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(file), "golden file missing: " + file + " (run with JIXIAO_UPDATE_GOLDEN=1)");
        Assert.Equal(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal), normalized);
    }
}

internal static class ResultExtensions
{
    public static T Ok<T>(this Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value;
    }
}
