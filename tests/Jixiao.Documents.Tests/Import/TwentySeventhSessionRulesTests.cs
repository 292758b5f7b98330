using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the twenty-seventh session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class TwentySeventhSessionRulesTests
{
    private const string ProjectTitle = "某某市外事办公室2020年华文教育工作经费项目支出绩效自评报告";

    [Fact]
    public void AProjectsMoneySpent_IsItsSpendingNotALaterSubsidysShippingCost()
    {
        var d = Lines(ProjectTitle, "本项目市财政预算安排15万元,实际下达15万元。", "项目资金执行遵守财务制度,严格按预算执行。项目资金支出15万元。",
            "向华校发送新编汉语教材20万册,发放教材发送费用2.5万元。");
        Assert.Equal(15m, d.Evaluation.Budget.Executed);
        Assert.Equal("15万元", Value(d, "budget.executed").Source.Span);
        SpansHold(d);
        // A fund's part spent (专项资金支出) is no project's spending.
        Assert.Null(Lines(ProjectTitle, "本项目市财政预算安排15万元。其中专项资金支出3万元用于培训。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void MoneyUsedWithTheFundNamedBetween_IsTheSpending()
    {
        var d = Lines("某某县民政局2021年生活无着人员救助项目支出绩效自评报告", "全年共救助207人次,使用救助资金113.5万元。");
        Assert.Equal(113.5m, d.Evaluation.Budget.Executed);
        SpansHold(d);
        // Only after a pause: 严格使用… in the middle of a clause names no amount spent, nor does a fund named too long.
        Assert.Null(Lines("某某县民政局2021年生活无着人员救助项目支出绩效自评报告", "全年共救助207人次,使用上级下达的中央财政社会救助补助资金113.5万元。").Evaluation.Budget.Executed);
    }

    [Fact]
    public void AWholeMarkNamed总评_BeatsThePartsThatFollowIt()
    {
        var d = Lines("某某县民政局2021年社会救助绩效评价报告", "经对照《绩效评价指标》表格进行绩效自评,总评得分为100分。", "1、项目投入情况,自评得分18分。",
            "2、项目过程情况,自评得分32分。");
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal("100分", Value(d, "stated.totalScore").Source.Span);
        SpansHold(d);
    }

    [Fact]
    public void AYearQualifyingACitedDocument_IsNoEvaluatedYear()
    {
        const string body = "根据2007年《中共保山市委专题会议纪要》07号决定,市财政每年安排15万元经费开展华文教育工作。";
        Assert.Equal(0, Lines("(华文教育工作经费项目)", "一、项目基本情况", body, "二、项目绩效自评工作开展情况", "成立项目自评小组,扎实开展本次自评工作。").Evaluation.Year);
        // The same year written as the year of the work is still read.
        Assert.Equal(2007, Lines("(华文教育工作经费项目)", "一、项目基本情况", "2007年市财政安排15万元经费开展华文教育工作。", "二、项目绩效自评工作开展情况",
            "成立项目自评小组,扎实开展本次自评工作。").Evaluation.Year);
    }

    [Fact]
    public void AnAmountAComma_NamesALevelsMatchingShare_IsNoProjectsBudget()
    {
        const string title = "某某县民政局2021年生活无着人员救助项目支出绩效自评报告";
        Assert.Null(Lines(title, "年初我县将生活无着人员社会救助列入预算,县财政配套40万元,同时统筹使用中央社会救助资金。").Evaluation.Budget.Adjusted);
        // A project funded by one level alone names its whole budget so (预算安排资金市级配套4.4万元): kept.
        Assert.Equal(4.4m, Lines(title.Replace("2021", "2019", StringComparison.Ordinal), "2019年春节慰问经费预算安排资金市级配套4.4万元,实际到位市级配套资金4.4万元。").Evaluation.Budget.Adjusted);
    }

    [Fact]
    public void ASignatureRunOnAtTheEndOfAJoinedLetter_IsItsWriter()
    {
        const string text = "某某县巩固拓展脱贫攻坚成果指挥部: 现将2024年某某县祖师庙镇仰天洼社区产业设施配套项目绩效目标自评报告如下: 一、绩效目标分解下达情况 "
            + "我镇计划对仰天洼社区实施排水沟建设工程,项目资金56万元。 二、绩效目标完成情况分析 工程已完工。 附件:自评表[点击下载] 某某县祖师庙镇人民政府 2025年12月30日";
        var d = Assert.Single(PublishedImporter.ImportText(text, "t.txt").Documents);
        Assert.Equal("某某县祖师庙镇人民政府", d.Evaluation.Unit);
        // A sentence that ends with a place and a date (…工程于2025年12月30日) is no signature.
        var dated = Assert.Single(PublishedImporter.ImportText(text.Replace(" 某某县祖师庙镇人民政府 2025年12月30日", " 工程完工 2025年12月30日", StringComparison.Ordinal), "t.txt").Documents);
        Assert.NotEqual("工程完工", dated.Evaluation.Unit);
    }

    [Fact]
    public void AScoringTableAfterItsBasicDataTable_IsTheSameDocument()
    {
        string[] lines = ["部门整体支出绩效评价基础数据表", "财政供养人员情况 编制数 实际在职人数", "经费控制情况 2020年决算数 2021年预算数 2021年决算数", "三公经费 3.8 3.7 3.6",
            "附件2", "部门整体支出绩效自评表", "(2021年度)", "部门名称 某某县教育局", "年度资金总额 4678.50 4468.20 4400.10 10 98.48 9.8"];
        var d = Assert.Single(Imported(lines).Documents);
        Assert.Equal(DocumentKind.DepartmentScoreTable, d.Kind);
        Assert.Equal(2021, d.Evaluation.Year);
        // Two scoring tables one after the other stay two documents.
        string[] two = ["部门整体支出绩效自评表", "(2021年度)", "部门名称 某某县教育局", "年度资金总额 4678.50 4468.20 4400.10 10 98.48 9.8", "指标 分值 得分 产出 30 28",
            "部门整体支出绩效自评表", "(2021年度)", "部门名称 某某县卫生健康局", "年度资金总额 100 100 90 10 90 9", "指标 分值 得分 产出 30 28"];
        Assert.Equal(2, Imported(two).Documents.Count);
    }

    [Fact]
    public void APlaceWrittenTwiceBeforeAName_IsNoRegionAboveIt()
    {
        var d = Lines("中国共产党梧州市委员会宣传部", "2022 年度部门决算", "第一部分:中国共产党梧州市委员会宣传部概况", "一、部门职责",
            "中共梧州中国共产党梧州市委员会宣传部市委主管意识形态方面工作的职能部门,为正处级。");
        Assert.Equal("中国共产党梧州市委员会宣传部", d.Evaluation.Unit);
    }

    [Fact]
    public void AYearAFigureIsComparedWith_IsNoEvaluatedYear()
    {
        var d = Lines("第三部分:某某市地方志编纂委员会办公室2022年度部门决算情况说明", "一、2022年度收入支出决算总体情况",
            "(一)本部门2022年度总收入347.35万元,较2021年决算增加31.35万元。1.一般公共预算财政拨款收入347.35万元,较2021年决算增加31.35万元。",
            "2.政府性基金预算财政拨款收入0.00万元,与2021年决算持平。3.事业收入0.00万元,与2021年决算持平。4.经营收入0.00万元,与2021年决算持平。",
            "5.其他收入0.00万元,与2021年决算持平。6.上年结转0.00万元,与2021年决算持平。支出比2021年决算增加31.35万元。");
        Assert.Equal(2022, d.Evaluation.Year);
    }

    [Fact]
    public void ABodySaidToBeFoundedInAYear_IsTheUnit()
    {
        string[] lines = ["目 录", "第一部分 2023年度部门决算报表", "第二部分 2023年度部门决算说明", "一、部门/单位基本情况", "(一)机构设置、职责",
            "根据市编办《关于成立北京市通州区环境卫生服务中心的函》的有关精神,经区委常委会研究,现将组建北京市通州区环境卫生服务中心。北京市通州区环境卫生服务中心于2010年6月正式挂牌成立,为区政府直属公益一类事业单位。"];
        var d = Lines(lines);
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.Equal("北京市通州区环境卫生服务中心", d.Evaluation.Unit);
        // A facility built in a year is no body.
        string[] built = [.. lines[..5], "北京市通州区民族体育场于2013年建成,投资总额1631万元。"];
        Assert.NotEqual("北京市通州区民族体育场", Lines(built).Evaluation.Unit);
    }

    [Fact]
    public void TheExplainingPartsOfBudgetsAndFinalAccounts_AreNoSelfEvaluation()
    {
        Assert.Equal(DocumentKind.Other, Lines("目 录", "第一部分 概 况", "一、主要职责", "第二部分 2023年部门预算情况说明", "一、关于收支总体情况表的说明").Kind);
        Assert.Equal(DocumentKind.Other, Lines("南昌市东湖区政协2023年单位预算", "目 录", "第一部分 南昌市东湖区政协概况", "一、单位主要职责").Kind);
        Assert.Equal(DocumentKind.Other, Lines("根据财政决算公开原则和职责分工,蕉城区财政局负责区本级财政决算的公开工作。现将2022年区本级财政总决算相关重要事项说明如下:",
            "一、区本级支出决算说明", "2022年度蕉城区本级一般公共预算支出数为459989万元。").Kind);
    }

    [Fact]
    public void ALevelAloneOrABulletOrAnIssuersMark_IsNoPartOfAUnitsName()
    {
        // 区本级 is the level's own money, no body: no unit rather than 区.
        Assert.Equal(string.Empty, Lines("重庆市璧山区2022年区本级决算草案报告", "一、2022年区本级一般公共预算收支决算情况", "区本级一般公共预算收入完成80亿元。").Evaluation.Unit);
        Assert.Equal("彭水苗族土家族自治县石柳乡小学校", Lines("• 彭水苗族土家族自治县石柳乡小学校 2025年部门预算情况说明", "一、基本情况", "本单位为公益一类事业单位。").Evaluation.Unit);
        Assert.Equal("正直镇", Lines("关于正直镇2024年部门预算编制说明", "一、基本情况", "本镇共有村民委员会10个。").Evaluation.Unit);
    }

    [Fact]
    public void ANavigationBarWithTheSitesOwnLinks_IsNoPartOfTheTitle()
    {
        var d = Lines("首页 新闻中心 信息公开 政务服务 政民互动 走进周至 专题专栏", "周至县2023年预算执行情况和2024年预算草案的报告", "一、2023年预算执行情况", "全县一般公共预算收入完成5亿元。");
        Assert.Equal(DocumentKind.Other, d.Kind);
        Assert.DoesNotContain("首页", d.Evaluation.Unit, StringComparison.Ordinal);
        // Words of a sentence among the links: no bar.
        var nav = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn.Chrome.Navigation;
        Assert.True(PublishedImporter.IsNavigationBar("首页 新闻中心 信息公开 政务服务 政民互动 走进周至 专题专栏", nav));
        Assert.False(PublishedImporter.IsNavigationBar("首页 新闻中心 信息公开 全县预算执行情况良好 专题专栏", nav));
        Assert.False(PublishedImporter.IsNavigationBar("首页 走进周至 新闻中心 信息公开", nav));
    }
}
