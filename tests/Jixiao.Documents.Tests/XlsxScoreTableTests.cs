using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;

namespace Jixiao.Documents.Tests;

public class XlsxScoreTableTests
{
    [Fact]
    public void Write_Haizhu_HasSumFormulasWithCachedTotals()
    {
        var c = Case.Load("haizhu-2022");
        var cells = Extract.Cells(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), out var values);
        var formulas = cells.Where(x => x.CellFormula is not null).ToDictionary(x => x.CellReference!.Value!, x => x.CellFormula!.Text);

        var totalRow = cells.Single(x => values[x.CellReference!.Value!] == "总分").CellReference!.Value![1..];
        Assert.Equal("SUM(H12:H37)", formulas["H" + totalRow]);
        Assert.Equal("99", values["H" + totalRow]);
        Assert.Equal("SUM(F12:F37)", formulas["F" + totalRow]);
        Assert.Equal("100", values["F" + totalRow]);
        Assert.Equal("SUM(F12:F14)", formulas["D12"]);
        Assert.Equal("50", values["B12"]);
        Assert.StartsWith("SUM(", formulas["B12"], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Haizhu_HasEveryIndicatorName()
    {
        var c = Case.Load("haizhu-2022");
        Extract.Cells(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), out var values);
        var texts = values.Values.ToHashSet();

        Assert.All(c.Framework.AllNodes(), n => Assert.Contains(n.Name, texts));
        foreach (var head in new[] { "一级指标", "二级指标", "三级指标", "指标解释", "得分", "未达标原因", "改进措施" })
        {
            Assert.Contains(head, texts);
        }
    }

    [Fact]
    public void Write_Haizhu_GradeLineTicksExcellentAsLiveFormula()
    {
        var c = Case.Load("haizhu-2022");
        var cells = Extract.Cells(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), out var values);
        var grade = cells.Single(x => values[x.CellReference!.Value!].StartsWith('☑'));

        Assert.Equal("☑优  90分≤得分≤100分；☐良  80分≤得分＜90分；☐中  60分≤得分＜80分；☐差  得分＜60分", values[grade.CellReference!.Value!]);
        Assert.Contains("ROUND(H38,2)", grade.CellFormula!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Haizhu_MergesLevelOneAndLevelTwoCells()
    {
        var c = Case.Load("haizhu-2022");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score)), false);
        var merges = ((WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!)).Worksheet!.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();

        Assert.Contains("A12:A14", merges);  // 履职效能 over its three leaves
        Assert.Contains("C12:C14", merges);  // 整体效能
        Assert.Contains("A15:A37", merges);  // 管理效率 over 23 leaves
    }

    [Fact]
    public void Write_PrintSetup_IsA4LandscapeWithRepeatedHeaderRow()
    {
        var c = Case.Load("haizhu-2022");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score)), false);
        var sheet = ((WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook!.Sheets!.Elements<Sheet>().First().Id!.Value!)).Worksheet!;
        var setup = sheet.GetFirstChild<PageSetup>()!;

        Assert.Equal(9U, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        var titles = doc.WorkbookPart.Workbook!.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal("_xlnm.Print_Titles", titles.Name!.Value);
        Assert.Equal("'自评表'!$11:$11", titles.Text);
    }

    [Fact]
    public void Write_ProjectTable_HasBudgetBlockIndicatorRowsTotalAndConclusion()
    {
        var c = Case.QingshenFilled();
        var cells = Extract.Cells(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), out var values);
        var formulas = cells.Where(x => x.CellFormula is not null).ToDictionary(x => x.CellReference!.Value!, x => x.CellFormula!.Text);
        var texts = values.Values.ToHashSet();

        Assert.Equal("总额", values["A7"]);
        Assert.Equal("SUM(C8:C11)", formulas["C7"]);
        Assert.Equal("251.89", values["C7"]);
        Assert.Equal("IF(N(C7)=0,\"\",D7/C7)", formulas["E7"]);
        Assert.Equal("其中：财政资金", values["A8"]);
        foreach (var head in new[] { "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析", "合计", "评价结论", "存在问题", "改进措施" })
        {
            Assert.Contains(head, texts);
        }

        Assert.Contains("发放(缴纳)覆盖率", texts);
        var sum = cells.Single(x => values[x.CellReference!.Value!] == "合计").CellReference!.Value![1..];
        Assert.Equal("N(G7)+SUM(I13:I14)", formulas["I" + sum]);
        Assert.Equal("100", values["I" + sum]);
        Assert.Contains(values.Values, v => v.StartsWith("项目自评得分100分，评价等级为“优”", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_SameEvaluationTwice_IdenticalBytes()
    {
        var c = Case.Load("haizhu-2022");
        Assert.Equal(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score), XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score));
    }

    [Theory]
    [InlineData("haizhu-2022")]
    [InlineData("huadu-2021")]
    [InlineData("huadu-2022")]
    public void Write_CorpusUnit_MatchesGoldenCells(string name)
    {
        var c = Case.Load(name);
        Golden.Check(Extract.XlsxCells(XlsxScoreTableWriter.ToBytes(c.Evaluation, c.Framework, c.Score)), "testdata", name, "expected.table.txt");
    }
}
