using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-first session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentyFirstSessionRulesTests
{
    [Fact]
    public void AYearTheTextLooksForwardTo_IsNotTheEvaluatedYear()
    {
        // 自2026年起,预计每年… twice outweighed the report's one 2023年 before the rule; a start looked forward to is no year of figures.
        var d = Lines(
            "某某医院建设项目专项债资金绩效评价报告",
            "一、项目概要",
            "2023年下达专项债资金5000万元,已全部支出。",
            "项目收入:自2026年起,预计每年门诊收入2000万元;自2026年起,预计每年住院收入3000万元。");
        Assert.Equal(2023, d.Evaluation.Year);
    }

    [Fact]
    public void AYearTheTextLooksForwardTo_AloneGivesNoYear()
    {
        // Alone, 自2026年起 names no evaluated year at all: the reader leaves the year out rather than guess.
        var d = Lines(
            "某某医院建设项目专项债资金绩效评价报告",
            "一、项目概要",
            "项目收入:自2026年起,预计每年门诊收入2000万元。");
        Assert.Equal(0, d.Evaluation.Year);
    }

    [Fact]
    public void APhraseOpeningWithAsIsNoSchoolsName()
    {
        // 我校…2014年作为省内三所试点评估高校之一: 作为 opens what the school was counted as, never its name.
        var d = Lines(
            "某某学院实验实训楼建设专项债项目绩效自评价报告",
            "一、项目概况",
            "我校2002年通过教育部本科教学工作水平合格评估,2014年作为省内三所试点评估高校之一,顺利通过本科教学工作审核评估。");
        Assert.DoesNotContain("作为", d.Evaluation.Unit ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ABreadcrumbsShortColumnName_IsWrittenInFullWhenTheTextSaysIt()
    {
        // The page's column 海棠新城开发区管理委员会; the text's first item names it with its city and district.
        UnitRead("重庆市大足区海棠新城开发区管理委员会",
            "您当前位置: 首页>区政府部门>海棠新城开发区管理委员会>政务信息>招商引资",
            "2020年某某道路建设项目支出绩效自评报告",
            "一、基本情况",
            "1.重庆市大足区海棠新城开发区管理委员会于2013年1月成立,为区委、区政府派出机构。",
            "海棠新城管委会的主要职能职责为:编制海棠新城开发区经济、社会发展规划。",
            "2020年年初项目预算金额为3700万元,年末项目决算金额为3700万元。");
    }

    [Fact]
    public void ABreadcrumbsColumnName_StaysShortWhenTheTextNeverWritesItInFull()
    {
        UnitRead("海棠新城开发区管理委员会",
            "您当前位置: 首页>区政府部门>海棠新城开发区管理委员会>政务信息>招商引资",
            "2020年某某道路建设项目支出绩效自评报告",
            "一、基本情况",
            "海棠新城开发区管理委员会于2013年1月成立,为区委、区政府派出机构。",
            "2020年年初项目预算金额为3700万元,年末项目决算金额为3700万元。");
    }
}
