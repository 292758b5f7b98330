using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the thirty-third session, each with a text where it fires and a look-alike where it stays quiet.
/// </summary>
public class ThirtyThirdSessionRulesTests
{
    private const string ProjectTitle = "某某县城市管理局2022年度城区绿化养护项目支出绩效自评报告";

    [Fact]
    public void AnAmountNamingItsCurrency_IsReadAsWithout()
    {
        var d = Lines(ProjectTitle, "一、项目基本情况", "2022年城区公共绿地养护项目经费为人民币324.11万元，实际开支人民币300.5万元。");
        Assert.Equal((324.11m, 300.5m), (d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
        // The currency word does not stretch a label's reach: words besides it still keep the label from a far figure.
        Assert.Null(Lines(ProjectTitle, "一、项目基本情况", "项目经费为绿化养护及补植人民币324.11万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AFormsSigningDateBeforeItsCover_DoesNotMakeTheFiguresAnotherYears()
    {
        // The finance ministry's project evaluation report form copied as one line: its signing date (next year), then the cover.
        const string Cover = "项目名称2021年度农村垃圾清运经费评价方式:部门评价2022年5月28日缙云县财政局(制)一、项目基本信息项目起止时间2021年1月1日"
            + "2021年12月31日计划安排资金(万元)299.4实际到位资金(万元)299.4实际支出(万元)299.4二、支出明细情况";
        var d = Lines("缙云县财政支出项目绩效评价报告", Cover);
        Assert.Equal((2021, 299.4m, 299.4m), (d.Evaluation.Year, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
        // A figure counted up to a day of another year (截至…) is that day's, not the year's.
        var cut = Lines("某某县2021年度农村垃圾清运项目支出绩效自评报告", "一、项目基本情况", "截至2022年6月30日计划安排资金(万元)299.4。").Evaluation.Budget;
        Assert.Null(cut.Adjusted);
        // Another year named without its day still is.
        Assert.Null(Lines("某某县2021年度农村垃圾清运项目支出绩效自评报告", "一、项目基本情况", "2022年计划安排资金(万元)350。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void AnEssaySitesSampleThatSaysItEvaluatedItself_IsNotTheSitesCategory()
    {
        // The site files its samples under 事前绩效评估 (ex-ante assessment); the first sample is a self-evaluation of spending.
        string[] page = ["市政道路事前绩效评估报告范文(通用5篇)", "市政道路事前绩效评估报告1", "一、基本情况",
            "根据市预算绩效管理工作考核办法的要求，现将我部门市政道路、市容整治专项经费工程项目资金使用情况开展自评如下：",
            "2022年市政道路、市容整治专项经费工程项目计划安排资金2560万元，实际发放资金2560万元。"];
        var d = Lines(page);
        Assert.Equal((DocumentKind.ProjectReport, 2560m, 2560m), (d.Kind, d.Evaluation.Budget.Adjusted, d.Evaluation.Budget.Executed));
        SpansHold(d);
        // A sample that is what the category says (an assessment before the money is spent) stays 其他.
        string[] exAnte = ["市政道路事前绩效评估报告范文(通用5篇)", "市政道路事前绩效评估报告1", "一、项目概况",
            "根据市预算绩效管理工作考核办法的要求，现将市政道路专项经费工程项目事前绩效评估情况报告如下：", "项目计划安排资金2560万元。"];
        Assert.Equal(DocumentKind.Other, Lines(exAnte).Kind);
        // A page whose title is no essay site's keeps its title's word.
        Assert.Equal(DocumentKind.Other, Lines(["市政道路项目事前绩效评估报告", .. page[2..]]).Kind);
    }
}
