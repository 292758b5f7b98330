using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A part whose kind the cues cannot decide is no document: it is refused with a warning, and only what names it
/// firmly (a unit under a label, a year weighing as a title's) is read and said, never its figures.
/// </summary>
public class UndecidedKindTests
{
    [Fact]
    public void Undecided_LabelledUnitAndCoverYear_ReadAndSaid_FiguresNot()
    {
        var r = PublishedImporter.ImportText("""
            单位名称：某某县林业局
            评价年度：2023
            全年预算数为120万元，全年执行数为114万元，预算执行率为95%。
            """, "t.txt");

        Assert.Empty(r.Documents);
        var part = Assert.Single(r.Undecided);
        Assert.Equal("某某县林业局", part.Evaluation.Unit);
        Assert.Equal(2023, part.Evaluation.Year);
        Assert.Null(part.Evaluation.Budget.Adjusted ?? part.Evaluation.Budget.Initial ?? part.Evaluation.Budget.Executed);
        Assert.Null(part.Evaluation.Budget.StatedRatePercent);
        Assert.All(part.Values, v => Assert.Contains(v.Path, new[] { "unit", "year" }));
        ImportAssert.SpansHold(part);
        var warning = Assert.Single(r.Warnings);
        Assert.Contains("未识别出自评报告或自评表", warning, StringComparison.Ordinal);
        Assert.Contains("文中写明：单位“某某县林业局”（第 1 行）、年度 2023（第 2 行）", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Undecided_NewsPage_SiteNameAndDateNotTakenForUnitAndYear()
    {
        var r = PublishedImporter.ImportText("""
            某某市人民政府
            某某区开展预算项目单位绩效填报
            近日，某某区财政局组织区直预算单位开展2023年系统填报，截至4月中旬已上报1355条。
            """, "t.txt");

        Assert.Empty(r.Documents);
        var part = Assert.Single(r.Undecided);
        Assert.Equal(string.Empty, part.Evaluation.Unit);
        Assert.Equal(0, part.Evaluation.Year);
        Assert.DoesNotContain("文中写明", Assert.Single(r.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_UndecidedPart_KindMissedNotWrong_UnitAndYearCounted()
    {
        var r = PublishedImporter.ImportText("单位名称：某某县林业局\n评价年度：2023\n", "t.txt");
        var expected = new List<ExpectedDocument> { new() { Kind = "转移支付自评报告", Unit = "某某县林业局", Year = 2023 } };

        var byField = CorpusMeasure.Compare("t.txt", expected, [(Assert.Single(r.Undecided), false)])
            .Where(o => o.Field is "kind" or "unit" or "year").ToDictionary(o => o.Field, o => o.Verdict);

        Assert.Equal(Verdict.Missed, byField["kind"]);
        Assert.Equal(Verdict.Correct, byField["unit"]);
        Assert.Equal(Verdict.Correct, byField["year"]);
    }
}
