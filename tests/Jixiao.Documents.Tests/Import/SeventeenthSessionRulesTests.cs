using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the seventeenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class SeventeenthSessionRulesTests
{
    private static ImportedDocument Lines(params string[] lines) => One(string.Join('\n', lines) + "\n");

    [Theory]
    [InlineData("（2023年度）")]
    [InlineData("2023年度")]
    [InlineData("(2023年)")]
    public void AuthorLine_MayStandUnderTheYearLineThatCompletesTheTitle(string yearLine)
    {
        var d = Lines("部门整体支出绩效自评报告", yearLine, "某某县林业局", "一、基本情况");
        Assert.Equal("某某县林业局", d.Evaluation.Unit);
        Assert.Equal(2023, d.Evaluation.Year);
        SpansHold(d);
    }

    [Fact]
    public void AuthorLine_WithoutItsRegion_NamesNobody()
    {
        Assert.True(string.IsNullOrEmpty(Lines("部门整体支出绩效自评报告", "（2023年度）", "林业局", "一、基本情况").Evaluation.Unit));
    }

    [Fact]
    public void BracketedAuthorLine_IsReadAboveThePagesPublisher()
    {
        var d = Lines("发文机关: | 冷水滩区财政局 | 发文日期: | |", "2018年度部门整体支出绩效自评报告", "(冷水滩区环境保护局)", "一、部门概况");
        Assert.Equal("冷水滩区环境保护局", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void WithoutAnAuthorLine_ThePublisherIsStillRead()
    {
        Assert.Equal("冷水滩区财政局", Lines("发文机关: | 冷水滩区财政局 | 发文日期: | |", "2018年度部门整体支出绩效自评报告", "一、部门概况").Evaluation.Unit);
    }

    [Fact]
    public void AuthorLine_MayStandBelowAPagesByline()
    {
        var d = Lines("2018年度部门整体支出绩效自评报告", "", "湖南省审计厅 sjt.hunan.gov.cn 时间:2019年06月27日 00:54 【字体:", "  ", "", "湖南省审计厅", "", "一、基本情况");
        Assert.Equal("湖南省审计厅", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void MenuItemAboveAPagesMetadata_IsNoHalfOfTheTitle()
    {
        var d = Lines("• 首页", "• 政务公开", "• 走进水利", "[ 发布机构 ] 市水利局", "[ 成文日期 ] 2019-12-25", "重庆市2018年度水利发展资金绩效自评报告", "一、资金使用总体情况");
        Assert.DoesNotContain("走进水利", d.Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void AccessibilityToolbar_OneControlALine_IsChrome_AndTheTitleBelowItIsRead()
    {
        var toolbar = "拼音 辅助浏览 轻松阅读 读屏 视图 放大 缩小 配色 白底黑字蓝链接 蓝底黄字白链接 页面原始配色 大鼠标 辅助线 显示屏 声音 指读 连读 减速 加速 音量 增加音量 减小音量 后退 前进 全屏 刷新 退出 帮助 换肤"
            .Split(' ');
        var d = Lines([.. toolbar, "随州市司法局专项事业费(项目)2017年度绩效自评报告", "一、基本情况", "我单位2017年专项事业费预算金额54.41万元。"]);
        Assert.Equal("随州市司法局", d.Evaluation.Unit);
        Assert.Equal(2017, d.Evaluation.Year);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Fact]
    public void ToolbarWordsInASentence_AreText()
    {
        // 放大 and 帮助 are chrome only as a whole line; in a sentence they are the report's words.
        var d = Lines("某某县林业局2023年度部门整体支出绩效自评报告", "一、基本情况", "帮助群众放大产业效益,全年支出120万元。");
        Assert.Equal(120m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void TemplateLabelWithAWordReplacedThroughout_NamesTheUnit()
    {
        var d = Lines("部门整体支出绩效评价报告", "部门(部门)名称(公章): 中国共产党某某县纪律检查委员会 预 算 编 码: 112", "一、部门(部门)基本概况");
        Assert.Equal("中国共产党某某县纪律检查委员会", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void ProjectNamedBetweenTheWordsOfAnAllocation_IsTheBudget()
    {
        var d = Lines("某某县农业农村局2023年高标准农田建设项目绩效自评报告", "一、基本情况", "2023年,县财政安排项目资金80万元,全部用于高标准农田建设,实际支出80万元。");
        Assert.Equal(80m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(80m, d.Evaluation.Budget.Executed);
    }

    [Fact]
    public void DepartmentsBudgetedIncome_IsItsBudget()
    {
        var d = Lines("某某区生态环境分局2021年度部门整体支出绩效自评报告", "一、基本情况", "2021年某某区生态环境分局部门预算收入1250万元。其中,公共预算财政经费拨款1250万元。");
        Assert.Equal(1250m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void IncomeOfTheYear_IsNoBudget()
    {
        var d = Lines("某某区生态环境分局2021年度部门整体支出绩效自评报告", "一、基本情况", "2021年本年收入1250万元。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void SelfReferenceOpeningTheSelfEvaluationClause_IsNoUnit()
    {
        var d = Lines("2023年度部门整体支出绩效自评报告", "为加强预算绩效管理,我中心对2023年度部门整体支出开展了绩效自评,现将有关情况报告如下:", "一、基本情况");
        Assert.NotEqual("我中心", d.Evaluation.Unit);
    }

    [Fact]
    public void NamedUnitOpeningTheSelfEvaluationClause_IsTheUnit()
    {
        var d = Lines("2023年度部门整体支出绩效自评报告", "为加强预算绩效管理,某某县妇幼保健中心对2023年度部门整体支出开展了绩效自评,现将有关情况报告如下:", "一、基本情况");
        Assert.Equal("某某县妇幼保健中心", d.Evaluation.Unit);
    }
}
