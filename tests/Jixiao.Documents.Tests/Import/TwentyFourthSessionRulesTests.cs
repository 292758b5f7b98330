using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-fourth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyFourthSessionRulesTests
{
    private const string TableTitle = "项目支出绩效自评表(2020 年度)";

    [Fact]
    public void AGluedBudgetRowEndingAtItsRate_IsSplitWithoutTheScoreColumn()
    {
        // The row's 得分 cell is empty: the run ends at the rate, so score = weight × rate cannot be checked; the rate
        // identity (40 ÷ 40 = 100 %) alone decides the split, and a weight of 4010 or a rate of 10100 % is no reading.
        var d = Lines(TableTitle, "项目名称中青年演员培训经费", "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额40404010100%");
        Assert.Equal("40", Value(d, "budget.initial").Value);
        Assert.Equal("40", Value(d, "budget.adjusted").Value);
        Assert.Equal("40", Value(d, "budget.executed").Value);
        Assert.Equal("100", Value(d, "budget.statedRatePercent").Value);
        SpansHold(d);
    }

    [Fact]
    public void AGluedBudgetRowWithAFigureLost_ReadsOnlyWhatItsIdentityDecides()
    {
        // 30 30 10 100%: one amount was lost; 30 ÷ 30 = 100 % places the full-year budget and the spending, the initial
        // budget stays unread.
        var d = Lines(TableTitle, "项目名称演出设备更新专项经费", "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额303010100%");
        Assert.Equal("30", Value(d, "budget.adjusted").Value);
        Assert.Equal("30", Value(d, "budget.executed").Value);
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.initial");
    }

    [Fact]
    public void AGluedBudgetRowNoSplitExplains_StaysUnsplit()
    {
        // 30281050%: no split satisfies 执行率 = 执行数 ÷ 预算数 (28 ÷ 30 is not 50 %), so nothing is read.
        var d = Lines(TableTitle, "项目名称演出设备更新专项经费", "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额30281050%");
        Assert.DoesNotContain(d.Values, v => v.Path.StartsWith("budget.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void AProjectReportWalkingItsGoalClasses_WithoutItsTitle_IsAProjectReport()
    {
        string[] body = ["一、基本情况", "我区与商业超市合作,以线上慈善超市模式为困难群众提供选购服务。", "二、资金规模", "2024年度服务项目经费共计100.4万元。",
            "三、支出内容", "通过委托第三方企业为困难群众家庭发放生活物资,2024年执行数为100.02万元。", "四、绩效目标及目标完成情况",
            "(一)产出指标完成情况", "全年共向360余户困难家庭发放生活物资。", "(二)效益指标完成情况", "较好地保障了困难群众基本生活。"];
        var d = Lines(body);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        // A contractor hired for the work (委托第三方企业) is no evaluator; a third party named as one makes the page another's evaluation.
        var outside = Lines([.. body.Select(l => l.Replace("通过委托第三方企业为困难群众家庭发放生活物资,", "我局委托第三方机构对该项目开展绩效评价,", StringComparison.Ordinal))]);
        Assert.NotEqual(DocumentKind.ProjectReport, outside.Kind);
    }

    [Fact]
    public void TheThreeExpensesBudgetWithoutItsNoun_IsNoDepartmentBudget()
    {
        var d = Lines("某某中心2022年度部门整体支出绩效自评报告", "二、一般公共预算支出情况",
            "2022年“三公”年初预算为8万元,其中公务接待费年初预算8万元。");
        Assert.DoesNotContain(d.Values, v => v.Path is "budget.initial" or "budget.adjusted");
        var own = Lines("某某中心2022年度部门整体支出绩效自评报告", "二、一般公共预算支出情况", "2022年年初预算为208万元。");
        Assert.Equal("208", Value(own, "budget.initial").Value);
    }

    [Fact]
    public void HunansDepartmentOutlineAndAStaffingLine_WithoutATitle_MakeADepartmentReport()
    {
        var d = Lines("来源:区疾病预防控制中心", "一、预算单位基本情况", "本部门共有编制人数23人,实有人数23人。内设科室4个。", "二、预算收支出情况",
            "2020年支出4816.24万元,其中:基本支出385.29万元,项目支出4430.95万元。", "三、资金使用及绩效情况", "(一)整体支出绩效情况", "一是慢病监测工作稳步推进。");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        // A staffing line alone is no report (final accounts state it too).
        Assert.Empty(Imported("来源:区疾病预防控制中心", "一、预算单位基本情况", "本部门共有编制人数23人,实有人数23人。").Documents);
    }

    [Fact]
    public void AnEssaySitesNumberedLinkThatNamesADocument_IsTheTitle()
    {
        string[] page = ["1. <rp id=\"zsypk\"></rp>", "", "      2. 项目综合绩效评价报告", "", "        时间:2022-12-26 14:07:56 报告 我要投稿",
            "          一、项目概况", "          20xx年为某某一中建校xx周年,特对学校进行维修改造。"];
        Assert.Equal(DocumentKind.ProjectReport, Lines(page).Kind);
        // A numbered line that names no document (2. 项目概况) stays a heading: the page has no title.
        Assert.Empty(Imported([.. page.Select(l => l.Replace("2. 项目综合绩效评价报告", "2. 项目概况", StringComparison.Ordinal))]).Documents);
    }

    [Fact]
    public void ATieOfTransferAndProject_IsDecidedByTheBody_ThenForTheProject()
    {
        // The title names both alike (资金绩效 for a transfer, 自评报告 for both); the body's project outline decides.
        var body = Lines("新农村建设资金绩效自评报告", "一、项目基本情况", "该项目资金使用情况良好。");
        Assert.Equal(DocumentKind.ProjectReport, body.Kind);
        // The body speaking for the transfer (绩效目标分解下达情况) makes it one.
        var transfer = Lines("新农村建设资金绩效自评报告", "一、绩效目标分解下达情况", "省财政下达我县资金500万元。");
        Assert.Equal(DocumentKind.TransferPaymentReport, transfer.Kind);
        // Nothing in the body for either: the project's report.
        var bare = Lines("某某县普法专项资金绩效自评报告", "根据要求,现将自评情况报告如下。");
        Assert.Equal(DocumentKind.ProjectReport, bare.Kind);
    }
}
