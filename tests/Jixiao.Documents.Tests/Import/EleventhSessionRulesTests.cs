using Jixiao.Documents.Import;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules made from the failures of the set v21 (read once unseen, then joined to the development corpus): each with a
/// synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class EleventhSessionRulesTests
{
    [Fact]
    public void QuotedRuleInALine_NamesNoDocument_TheFileStaysOne()
    {
        // The 办法 of a quoted rule made a sentence piece a title and split one evaluation in two.
        var r = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某某县林业局主管全县林业工作。
            某某县林业局2023年度部门整体支出绩效评价工作是在符合《省人民政府关于推进预算绩效管理工作暂行办法》
            二、存在的问题
            绩效目标不够细化。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);

        // A title naming its own 办法 outside the quote still starts a document.
        var two = PublishedImporter.ImportText("""
            某某县林业局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            某某县林业局主管全县林业工作。
            二、存在的问题
            绩效目标不够细化。
            某某县财政局关于印发《某某县部门整体支出绩效评价实施细则》的通知
            各单位:现将细则印发给你们,请遵照执行。
            第一章 总则
            """, "t.txt");
        Assert.Equal(2, two.Documents.Count + two.Undecided.Count);
    }

    [Theory]
    [InlineData("某某资产评估咨询有限公司受某某区财政局的委托,对某某区物价局2016年度部门整体支出进行了绩效评价。")]
    [InlineData("某某会计师事务所受某某区财政局委托,对某某区物价局2016年度部门整体支出进行了绩效评价。")]
    public void FirmActingOnACommission_IsOther(string sentence)
    {
        var r = PublishedImporter.ImportText($"""
            某某区物价局2016年度部门整体支出绩效评价报告
            一、概述
            {sentence}
            评价总分为92分,评价等级为优。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Null(d.Stated.Grade);
    }

    [Fact]
    public void UnitBuyingFromAFirm_StaysItsOwnReport()
    {
        var r = PublishedImporter.ImportText("""
            某某区物价局2016年度部门整体支出绩效自评报告
            一、部门基本情况
            我局与某某信息技术有限公司签订运维合同,受理价格举报120件。
            自评得分92分,评价等级为优。
            """, "t.txt");

        var d = Assert.Single(r.Documents);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("优", d.Stated.Grade);
    }
}
