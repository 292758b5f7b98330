using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Reports;
using Jixiao.Documents.Word;

namespace Jixiao.Documents.Tests;

/// <summary>Every DOCX and XLSX we produce passes the Open XML SDK validator with zero errors.</summary>
public class ValidatorTests
{
    public static TheoryData<string> Cases() => ["haizhu-2022", "huadu-2021", "huadu-2022", "qingshen-2023-filled"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_EveryVariant_HasNoValidationErrors(string name)
    {
        var c = name == "qingshen-2023-filled" ? Case.QingshenFilled() : Case.Load(name);
        foreach (var options in new[] { new ReportOptions(), new ReportOptions { ScoreFirst = true }, new ReportOptions { IncludeScoreTable = false } })
        {
            var bytes = DocxReportWriter.ToBytes(c.Evaluation, c.Framework, c.Score, options).Ok();
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Xlsx_Table_HasNoValidationErrors(string name)
    {
        var c = name == "qingshen-2023-filled" ? Case.QingshenFilled() : Case.Load(name);
        var bytes = XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
