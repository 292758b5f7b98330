using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the seventeenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class SeventeenthSessionRulesTests
{
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
        UnitRead("冷水滩区环境保护局", "发文机关: | 冷水滩区财政局 | 发文日期: | |", "2018年度部门整体支出绩效自评报告", "(冷水滩区环境保护局)", "一、部门概况");
    }

    [Fact]
    public void WithoutAnAuthorLine_ThePublisherIsStillRead()
    {
        Assert.Equal("冷水滩区财政局", Lines("发文机关: | 冷水滩区财政局 | 发文日期: | |", "2018年度部门整体支出绩效自评报告", "一、部门概况").Evaluation.Unit);
    }

    [Fact]
    public void AuthorLine_MayStandBelowAPagesByline()
    {
        UnitRead("湖南省审计厅", "2018年度部门整体支出绩效自评报告", "", "湖南省审计厅 sjt.hunan.gov.cn 时间:2019年06月27日 00:54 【字体:", "  ", "", "湖南省审计厅", "", "一、基本情况");
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
        UnitRead("中国共产党某某县纪律检查委员会", "部门整体支出绩效评价报告", "部门(部门)名称(公章): 中国共产党某某县纪律检查委员会 预 算 编 码: 112", "一、部门(部门)基本概况");
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

    [Fact]
    public void YearFirstTitleNamingAShortForm_TakesTheTextsFullName()
    {
        UnitRead("成都市武侯区红十字会", "2015年区红十字会开展卫生救护培训项目绩效评价自评报告", "一、项目概况", "(一)项目基本情况", "成都市武侯区红十字会始终坚持工作方针。");
    }

    [Fact]
    public void ShortFormAfterASentencesWords_IsNoFullName()
    {
        var d = Lines("2015年区红十字会开展卫生救护培训项目绩效评价自评报告", "一、项目概况", "全区建立起了由区红十字会统一组织的培训体系。");
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit));
    }

    [Fact]
    public void BareTownTitle_WithoutItsGovernment_IsTheTownAsThePublisherWritesIt()
    {
        UnitRead("昌宁县鸡飞镇", "索引号 1153302501526456X4-/2023-0308001 发布机构 昌宁县鸡飞镇", "鸡飞镇2022年农村危房改造项目自评报告", "一、项目基本情况", "我镇共完成危房改造20户。");
    }

    [Fact]
    public void BareTownTitle_WithoutAnyCounty_IsTheTownAsTheTitleWritesIt()
    {
        Assert.Equal("鸡飞镇", Lines("鸡飞镇2022年农村危房改造项目自评报告", "一、项目基本情况", "我镇共完成危房改造20户。").Evaluation.Unit);
    }

    [Fact]
    public void TownsInGeneral_AreNoTown()
    {
        Assert.True(string.IsNullOrEmpty(Lines("欢迎阅读乡镇2022年部门整体支出绩效自评报告", "一、部门基本情况", "本单位主要负责全镇经济社会发展工作。").Evaluation.Unit));
    }

    [Fact]
    public void UnitLineAboveASecondTitle_StartsThatDocument()
    {
        var r = Imported(
            "某某区医疗保障局2023年项目支出绩效自评报告", "一、项目基本情况", "项目预算数为100万元,执行数为100万元,预算执行率100%。", "",
            "附件3", "", "长安区医疗保障局", "", "2023年度整体支出绩效自评报告", "一、部门基本情况", "本单位主要负责全区医疗保障工作。");
        Assert.Equal(2, r.Documents.Count);
        Assert.Equal("长安区医疗保障局", r.Documents[1].Evaluation.Unit);
    }

    [Fact]
    public void BudgetBalancingIncomeAndSpending_IsTheInitialBudget()
    {
        var d = Lines("某某县交通运输局2020年度部门整体支出绩效自评报告", "一、基本情况", "2020年部门收入支出年初预算安排6600.78万元,与上年6284.41万元相比,增加316.37万元,增加5.03%。");
        Assert.Equal(6600.78m, d.Evaluation.Budget.Initial);
    }

    [Fact]
    public void NumberedItemsMidLine_AfterAHeadingsColon_AreParts()
    {
        var d = Lines("某某县档案局2016年度项目绩效自评报告", "一、项目概况",
            "(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政下达30万元在当年都按时到位;2、县档案馆建设项目资金:2016年县财政拨款427.36万元。");
        Assert.Null(d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void GenericItemMidLine_StaysTheDocuments()
    {
        var d = Lines("某某县档案局2016年度部门整体支出绩效自评报告", "一、基本情况", "(一)资金情况:1、部门预算资金:2016年下达300万元。");
        Assert.Equal(300m, d.Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void SealMarkAfterTheLabelsColon_IsNoPartOfTheName()
    {
        UnitRead("梅州市住房和城乡建设局", "2020年度部门整体支出绩效自评报告", "部门名称:(公章)梅州市住房和城乡建设局", "一、部门基本情况");
    }

    [Fact]
    public void UntitledTextSayingWhatItCarriedOut_IsClassifiedAndNamed()
    {
        var d = Lines("根据上级部门关于绩效评价工作的相关要求,杜集区城市管理局(以下简称 “区城管局”)严格遵循客观公正、实事求是的原则,组织开展了2024年度部门绩效自评工作。现将自评工作情况总结如下:",
            "一、自评工作开展情况", "2024年,区城管局围绕城市精细化管理核心目标开展工作。");
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("杜集区城市管理局", d.Evaluation.Unit);
        Assert.Equal(2024, d.Evaluation.Year);
    }

    [Fact]
    public void UntitledTextCarryingOutSomethingElse_IsNoSelfEvaluation()
    {
        var r = PublishedImporter.ImportText("根据上级要求,杜集区城市管理局组织开展了2024年度市容专项检查工作。现将检查情况总结如下:\n一、检查开展情况\n全年检查商户120户。\n", "t.txt");
        Assert.Empty(r.Documents);
    }

    [Fact]
    public void IntermediaryTickedOnTheFormsCover_DoesNotMakeAnEvaluationByOthers()
    {
        // A document site's copy run into one line (testdata/corpus/sd-linyi-xx-gtzyj-2018-tudichurangjin-project-report-docshare.txt).
        var d = Lines("资源描述", "XX县国土资源局土地出让金业务费绩效评价报告 二一八年十二月 XX 县财政支出绩效评价报告 项目名称 土地出让金业务费 项目单位 XX 县国土资源局 "
            + "主管部门 XX 县国土资源局 评价类型:事前评价 事中评价 事后评价 评价方式:部门(单位)绩效自评财政部门组织评价 评价机构:中介机构 部门(单位 )评价组 联合评价组 "
            + "2018 年 12 月 28 日 XX 县财政局(制) 一、项目基本概况 项目负责人 宋汉银 联系电话 地 址 财源路中段 邮编 项目起止时间 2018 年 1 月 2018 年 12 月 "
            + "计划安排资金(万元) 400 实际到位资金(万元) 400 实际支出(万元) 400");
        Assert.NotEqual(DocumentKind.Other, d.Kind);
    }

    [Fact]
    public void RateInAnIndicatorListItem_IsNoDocumentsRate()
    {
        var d = Lines("某某县自然资源局2021年度项目支出绩效自评报告", "一、项目基本情况", "到位资金117万元,已全部完成支出。", "3.时效指标:完成预算执行支出进度100%。");
        Assert.Null(d.Evaluation.Budget.StatedRatePercent);
    }

    [Fact]
    public void RateOutsideAnIndicatorList_IsTheDocumentsRate()
    {
        var d = Lines("某某县自然资源局2021年度项目支出绩效自评报告", "一、项目基本情况", "项目预算执行支出进度100%。");
        Assert.Equal(100m, d.Evaluation.Budget.StatedRatePercent);
    }
}
