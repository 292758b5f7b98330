using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A part whose kind the cues cannot decide is no document: it is refused with a warning, and only what names it
/// firmly (a unit under a label, a year weighing as a title's) is read and said, and its figures only where a budget, its
/// spending and a rate that is their quotient prove themselves.
/// </summary>
public class UndecidedKindTests
{
    [Fact]
    public void Undecided_LabelledUnitAndCoverYear_ReadAndSaid_FiguresNot()
    {
        var r = PublishedImporter.ImportText("""
            单位名称：某某县林业局
            评价年度：2023
            全年预算数为120万元，全年执行数为114万元，预算执行率为90%。
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

    [Theory]
    [InlineData("全年预算为63501.78万元，决算支出61658.08万元，预算执行率为97.10%。", 63501.78, 61658.08, 97.10)]
    [InlineData("全年预算数为1050万元，执行数为1050万元，预算执行率100%。", 1050, 1050, 100)]
    public void Undecided_BudgetSpendingAndTheirRate_ProveThemselves_AndAreRead(string sentence, double budget, double executed, double rate)
    {
        var r = PublishedImporter.ImportText($"""
            单位名称：某某县林业局
            评价年度：2023
            {sentence}
            """, "t.txt");

        var part = Assert.Single(r.Undecided);
        Assert.Equal((decimal)budget, part.Evaluation.Budget.Adjusted ?? part.Evaluation.Budget.Initial);
        Assert.Equal((decimal)executed, part.Evaluation.Budget.Executed);
        Assert.Equal((decimal)rate, part.Evaluation.Budget.StatedRatePercent);
        Assert.Null(part.Stated.TotalScore);
        ImportAssert.SpansHold(part);
    }

    [Fact]
    public void OtherKind_BudgetSpendingAndTheirRate_AreRead_ALoneAllocationIsNot()
    {
        const string notice = """
            关于下达2023年林业专项资金的通知
            现下达你局2023年林业专项资金120万元，请按规定使用。
            """;
        var alone = PublishedImporter.ImportText(notice, "t.txt");
        var all = alone.Documents.Concat(alone.Undecided).ToList();
        Assert.All(all, d => Assert.Null(d.Evaluation.Budget.Adjusted ?? d.Evaluation.Budget.Initial ?? d.Evaluation.Budget.Executed));

        var proved = PublishedImporter.ImportText(notice + "\n全年预算数为120万元，全年执行数为114万元，预算执行率为95%。", "t.txt");
        var d = Assert.Single(proved.Documents.Concat(proved.Undecided));
        Assert.Equal(120m, d.Evaluation.Budget.Adjusted ?? d.Evaluation.Budget.Initial);
        Assert.Equal(114m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void Undecided_SignedWithADateBelow_TheSignerIsKept_AnUndatedNameIsNot()
    {
        const string notice = """
            为做好公共体育场馆开放工作，现将我市2022年体育场馆免费开放情况公告如下：
            一、2022年度体育场馆开放情况
            2022年，我市体育场馆接待健身群众12万人次，开放经费120万元。
            某某市文体广电和旅游局
            2023年6月27日
            """;
        var r = PublishedImporter.ImportText(notice, "t.txt");
        Assert.Empty(r.Documents);
        var part = Assert.Single(r.Undecided);
        Assert.Equal("某某市文体广电和旅游局", part.Evaluation.Unit);
        Assert.Null(part.Evaluation.Budget.Adjusted ?? part.Evaluation.Budget.Executed);
        ImportAssert.SpansHold(part);

        // The name without the date line below it signs nothing.
        var undated = PublishedImporter.ImportText(notice.Replace("2023年6月27日", string.Empty, StringComparison.Ordinal), "t.txt");
        Assert.Equal(string.Empty, Assert.Single(undated.Undecided).Evaluation.Unit);
    }

    [Theory]
    [InlineData("近日，某某区财政局组织区直预算单位开展2023年系统填报，截至4月中旬已上报1355条，涉及资金12000万元。")]
    [InlineData("某某区财政局近日印发通知，组织区直预算单位开展2023年系统填报，涉及资金12000万元。")]
    [InlineData("日前，某某区财政局组织区直预算单位开展2023年系统填报，涉及资金12000万元。")]
    public void NewsPage_OtherKind_SiteNameDateUnitAndFiguresNotRead(string opening)
    {
        var r = PublishedImporter.ImportText($"""
            某某市人民政府
            某某区开展预算项目单位绩效填报
            {opening}
            """, "t.txt");

        Assert.Empty(r.Undecided);
        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Contains("是新闻或通知，只读类型及写明的单位和标题年度", d.KindReason, StringComparison.Ordinal);
        Assert.Equal(string.Empty, d.Evaluation.Unit);
        Assert.Equal(0, d.Evaluation.Year);
        Assert.Null(d.Evaluation.Budget.Adjusted ?? d.Evaluation.Budget.Initial ?? d.Evaluation.Budget.Executed);
        Assert.Empty(d.Values);
    }

    [Fact]
    public void SelfEvaluationReport_MentioningNearDays_KeepsItsKindAndFacts()
    {
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            近日，我局按照县财政局通知开展了2023年度部门整体支出绩效自评。
            一、部门概况
            全年预算数为120万元，全年执行数为114万元，预算执行率为95%。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("某某县林业局", d.Evaluation.Unit);
        Assert.Equal(2023, d.Evaluation.Year);
        Assert.Equal(95m, d.Evaluation.Budget.StatedRatePercent);
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

    // (A title naming a fund's 绩效自评工作报告 is decided a project report since the fifteenth session: this one says no 自评.)
    private const string PoliceTitle = "某某县公安局2022年度辅警人员经费绩效工作报告\n一、基本情况\n(一)背景、内容。\n某某县公安局是主管全县社会治安的县政府组成部门。\n";

    [Fact]
    public void Undecided_TitleUnitThePublisherStatesToo_Kept_TitleAloneNot()
    {
        var r = PublishedImporter.ImportText("[ 发布机构 ] | 某某县公安局 |\n[ 成文日期 ] | 2023-06-27 |\n" + PoliceTitle, "t.txt");
        Assert.Empty(r.Documents);
        var part = Assert.Single(r.Undecided);
        Assert.Equal("某某县公安局", part.Evaluation.Unit);
        ImportAssert.SpansHold(part);

        // Without the publisher's line a title guessed in a part of undecided kind names no unit.
        var alone = Assert.Single(PublishedImporter.ImportText(PoliceTitle, "t.txt").Undecided);
        Assert.Equal(string.Empty, alone.Evaluation.Unit);
    }

    [Fact]
    public void Undecided_OpeningSaysWhoEvaluatedItself_Kept_EachDepartmentNot()
    {
        // (Written 中央对地方转移支付, the commissioning notice's words, the part is decided a transfer report: kinds.yaml.)
        const string text = "按照上级文件要求,某某旗某某苏木人民政府开展并完成了本部门涉及的转移支付预算执行情况绩效自评工作,涉及项目3个,结果综述如下:\n项目一:某某嘎查集体经济项目,完成预算的100%。\n";
        var part = Assert.Single(PublishedImporter.ImportText(text, "t.txt").Undecided);
        Assert.Equal("某某旗某某苏木人民政府", part.Evaluation.Unit);
        Assert.Null(part.Evaluation.Budget.StatedRatePercent);

        var each = Assert.Single(PublishedImporter.ImportText(text.Replace("某某旗某某苏木人民政府开展并完成了本部门", "各部门开展并完成了", StringComparison.Ordinal), "t.txt").Undecided);
        Assert.Equal(string.Empty, each.Evaluation.Unit);
    }

    [Fact]
    public void Undecided_OverviewDescribesTheUnitTheTextCallsItselfBy_Kept_AnotherEndingNot()
    {
        const string text = "根据《关于开展2017年度市级部门单位整体支出自我绩效评价的通知》要求,我局及时布置自评,成立自评工作小组。\n一、单位基本情况\n(一)单位情况\n某某市公安局是市政府主管全市公安工作的职能部门。\n(二)人员情况\n";
        var part = Assert.Single(PublishedImporter.ImportText(text, "t.txt").Undecided);
        Assert.Equal("某某市公安局", part.Evaluation.Unit);
        ImportAssert.SpansHold(part);

        // 我院 with a 局 described: the text does not call itself by that unit's ending.
        var other = Assert.Single(PublishedImporter.ImportText(text.Replace("我局", "我院", StringComparison.Ordinal), "t.txt").Undecided);
        Assert.Equal(string.Empty, other.Evaluation.Unit);
    }
}
