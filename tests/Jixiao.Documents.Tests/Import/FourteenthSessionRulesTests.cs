using Jixiao.Documents.Import;
using static Jixiao.Documents.Tests.Import.ImportAssert;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// Rules of the fourteenth session, each with a synthetic text where it fires and a look-alike where it stays quiet.
/// </summary>
public class FourteenthSessionRulesTests
{
    /// <summary>The one exact figure read for <paramref name="path"/>, parsed as the JSON writes it (culture-invariant).</summary>
    private static decimal Amount(ImportedDocument d, string path) =>
        decimal.Parse(Value(d, path).Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A project report whose line breaks were lost, ending in <paramref name="ending"/>.</summary>
    private static string RunOnReport(string ending) =>
        "某某专项资金项目自评报告 一、项目基本情况 该项目用于资助困难家庭学生。 二、项目绩效自评工作开展情况 各县按要求开展了自评。 "
        + "三、存在的问题 无 " + ending;

    [Fact]
    public void RunOnPage_EndingInItsSignature_NamesTheUnit()
    {
        var d = One(RunOnReport("中共保山市委办公室 2018年6月5日"));
        Assert.Equal("中共保山市委办公室", d.Evaluation.Unit);
        Assert.Equal("落款的单位名称（其下一行是日期）", Value(d, "unit").How);
        SpansHold(d);
    }

    [Theory]
    [InlineData("中共保山市委办公室 2018年6月")]               // no day: a month named in running text, no signature's date
    [InlineData("中共保山市委办公室 2018年6月5日 相关链接")]      // the date does not end the line
    [InlineData("经研究,中共保山市委办公室2018年6月5日")]         // the name glued to what goes before it
    public void RunOnPage_WithoutASignatureAtItsEnd_NamesNoUnit(string ending)
    {
        var d = One(RunOnReport(ending));
        Assert.True(string.IsNullOrEmpty(d.Evaluation.Unit), d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("红河哈尼族彝族自治州红十字会")]
    [InlineData("湘西土家族苗族自治州民政局")]
    [InlineData("双江拉祜族佤族布朗族傣族自治县财政局")]
    [InlineData("文山壮族苗族自治州红十字会")]
    public void AutonomousRegionsName_IsReadWhole(string unit)
    {
        var d = One($"""
            2023年度部门整体支出绩效自评报告
            一、部门基本情况
            {unit}(以下简称“州红会”)于1989年9月成立,系参公管理单位。
            """);
        Assert.Equal(unit, d.Evaluation.Unit);
        SpansHold(d);
    }

    /// <summary>A project table whose money header is followed by <paramref name="between"/> and then its total row.</summary>
    private static string TableWithNote(string between) => $"""
        2022年度科普经费项目自评表
        项目名称 科学普及经费
        预算执行情况(万元)
        (20分)
          预算数(A) 执行数(B) 执行率(B/A) 得分
        {between}
        年度财政资金总额 104 103.97 99.97 19
        """;

    [Theory]
    [InlineData("(20分*执行率)")]
    [InlineData("（万元）")]
    public void HeaderNoteWrappedOntoItsOwnLine_DoesNotEndTheTable(string note)
    {
        var d = One(TableWithNote(note));
        Assert.Equal(104m, Amount(d, "budget.adjusted"));
        Assert.Equal(103.97m, Amount(d, "budget.executed"));
        Assert.Equal(99.97m, Amount(d, "budget.statedRatePercent"));
        SpansHold(d);
    }

    [Fact]
    public void TextBetweenHeaderAndRow_StillEndsTheTable()
    {
        // A sentence, not a header cell's note: the figures below belong to no header.
        var d = One(TableWithNote("注:本表金额以财政批复为准"));
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.executed");
    }

    [Fact]
    public void RunOnTitleWithNestedBracketsAfterMetadata_IsTheTitle()
    {
        var d = One("• 索引号 • 79518791-2-/2023-0427024 • 发布机构 • 某某市文化和旅游局 • 发布日期 • 2023-04-27 • 主题词 "
            + "保山市图书馆2022年度项目支出绩效自评报告(2022年公共图书馆文化馆(站)免费开放市级补助经费) 一、自评结论 (一)自评得分 100分。 "
            + "二、项目基本情况 免费开放工作有序开展。");
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("保山市图书馆", d.Evaluation.Unit);
        SpansHold(d);
    }

    [Fact]
    public void RunOnTitleWithAnUnclosedBracket_IsNoTitleByItsTail()
    {
        // The bracket after the title word never closes before the next heading: no bracketed tail, so no title of a
        // project report is cut out of the metadata line. (Right after a chrome label of its own, 主题词, the last word is the
        // title line the page had: FifteenthSessionRulesTests.)
        var d = PublishedImporter.ImportText("• 索引号 • 79518791-2-/2023-0427024 • 发布机构 • 某某市文化和旅游局 "
            + "保山市图书馆2022年度项目支出绩效自评报告(2022年公共图书馆文化馆(站)免费开放 一、自评结论 (一)自评得分 100分。", "t.txt");
        Assert.DoesNotContain(d.Documents, x => x.Evaluation.Unit == "保山市图书馆" && x.Kind == DocumentKind.ProjectReport);
    }

    /// <summary>A page whose metadata cells and text were run on into one line, the title after the metadata.</summary>
    private const string RunOnMetadataPage = "[ 索引号 ] | 11500230008686369K/2023-00100 | [ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 | "
        + "[ 成文日期 ] | 2023-06-20 | 丰都县融媒体中心2022年度项目整体绩效自评报告 一、基本情况 (一)项目背景、内容。 2022年,中心全面完成宣传任务。";

    [Fact]
    public void MetadataValueCellRunOnAfterItsLabel_IsChromeNotTitle()
    {
        // 财政预算、决算 is the value of the page's 体裁分类 cell, not a title naming a final account.
        var d = One(RunOnMetadataPage);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
        Assert.Equal("丰都县融媒体中心", d.Evaluation.Unit);
    }

    [Fact]
    public void NumberedHeadingAfterAMetadataLabel_StaysAHeading()
    {
        var d = One("某某县地震局2024年度部门整体支出绩效自评报告 索引号 | 12533025MB0R020787/20250422-00001 | "
            + "发布日期 | 2025-04-22 | 浏览量 | 一、存在的问题 部分监测设备运行年限较长,老化严重,维护成本逐年上升,数据传输偶有中断。 "
            + "二、改进措施 加快更新监测设备,完善运维制度,提高数据传输的稳定性和可靠性。");
        Assert.Contains("narrative.problems", d.Sources.Keys);
    }

    [Fact]
    public void ProjectCoverYearCell_GivesTheYear()
    {
        var d = One("苏州市级财政支出项目绩效自评表\n项目名称 市管绿地养护 项目年份 2017 项目主管部门(单位) 苏州市园林和绿化管理局\n");
        Assert.Equal(2017, d.Evaluation.Year);
        Assert.Equal("苏州市园林和绿化管理局", d.Evaluation.Unit);
    }

    [Theory]
    [InlineData("自评总分: 69 单位领导审签:", 69)]
    [InlineData("填报日期:2020 年 2 月 18 日 自评总分: 69", 69)]
    [InlineData("自评总分:88.5分", 88.5)]
    public void TotalScoreCellRunOnWithTheNextCell_IsRead(string line, double score)
    {
        var d = One($"2019年度某某维护项目绩效自评表\n{line}\n项目名称 办公局域网维护费 项目实施单位 广水市城投公司 项目主管单位 广水市纪委监委\n");
        Assert.Equal((decimal)score, d.Stated.TotalScore);
        Assert.Equal("广水市城投公司", d.Evaluation.Unit);
    }

    [Fact]
    public void TotalScoreFollowedByItsUnitWord_IsNoBareScore()
    {
        // 自评总分共69项指标: a count of items, the number glued to its measure word: never a score.
        var d = One("2019年度某某维护项目绩效自评表\n自评总分共69项指标\n");
        Assert.Null(d.Stated.TotalScore);
    }

    [Fact]
    public void OpeningSentenceCitingANotice_IsNoPartOfTheTitle()
    {
        // The notice names 部门整体支出和项目支出; the report's own title names a fund's 专项经费: a project report.
        var d = One("""
            红河州投资促进局关于2020年度投资促进专项经费绩效自评报告
            根据《红河州财政局关于开展2021年度州级部门整体支出和项目支出绩效自评和财政评价工作的通知》(红财绩发〔2021〕1 号)工
            一、项目基本情况
            投资促进专项经费用于招商引资工作。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Theory]
    [InlineData("现将")]
    [InlineData("承担")]
    [InlineData("负责")]
    public void NameOpeningWithAVerb_IsNoUnit(string verb)
    {
        // 现将市委政法委…: 现将 is no city, so 现将市委政法委 is no region-led full name of 市委政法委.
        var d = One($"""
            市委政法委2024年度部门整体支出绩效自评报告
            为贯彻落实预算绩效管理要求,{verb}市委政法委2024年度部门整体支出绩效自评工作的情况报告如下。
            一、部门基本情况
            市委政法委是市委主管政法工作的职能部门。
            """);
        Assert.False(d.Evaluation.Unit.StartsWith(verb, StringComparison.Ordinal), d.Evaluation.Unit);
    }

    [Fact]
    public void AllocationNoticeToTheReceivingUnit_IsOther()
    {
        var text = """
            县农业农村委:
            根据《重庆市财政局关于提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知》文件,现将2022年生猪调出大县奖励资金397万元下达你单位,用于支持生猪产业发展。
            按照《中央对地方专项转移支付绩效目标管理暂行办法》要求,请做好绩效目标管理。
            附件:区域绩效目标表
            中央主管部门 农业农村部 省级财政部门 重庆市财政局
            资金情况 年度金额 397 其中:中央补助 397
            """;
        Assert.Equal(DocumentKind.Other, One(text).Kind);
        // The same page as a transfer's self-evaluation, the money spent by the unit itself: no notice.
        var report = One(text.Replace("下达你单位", "下达我委", StringComparison.Ordinal));
        Assert.NotEqual(DocumentKind.Other, report.Kind);
    }

    [Fact]
    public void HeaderCellCutAtTheLineEnd_WhoseFirstPieceNamesAColumn_IsOneCell()
    {
        // 预算 / 执行率(B/A): 预算 alone would name the budget a second time; 预算执行率(B/A) is the rate's column.
        var d = One("""
            2024年度某某转移支付绩效自评表
            项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算
            执行率(B/A) 得分
            年度资金总额: 28.1 28.1 28.1 10 100% 10
            """);
        Assert.Equal(28.1m, Amount(d, "budget.adjusted"));
        Assert.Equal(100m, Amount(d, "budget.statedRatePercent"));
    }

    [Fact]
    public void HeaderOverTwoLines_WithoutACutCell_KeepsItsCells()
    {
        var d = One("""
            2024年度某某转移支付绩效自评表
            项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B)
            分值 执行率(B/A) 得分
            年度资金总额: 30 28.1 28.1 10 100% 10
            """);
        Assert.Equal(28.1m, Amount(d, "budget.adjusted"));
        Assert.Equal(30m, Amount(d, "budget.initial"));
    }

    [Theory]
    [InlineData("截止2023年12月31日,项目已经支出470.37万元。", 470.37)]
    [InlineData("截止2023年12月31日,项目共支付470.37万元。", 470.37)]
    public void SpendingSaidAtLengthOrAsATotal_IsTheExecuted(string sentence, double executed)
    {
        var d = One($"""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            2023年项目预算资金495万元。{sentence}执行率95.02%。
            """);
        Assert.Equal((decimal)executed, Amount(d, "budget.executed"));
    }

    [Fact]
    public void TransferPaymentAsAKindOfFund_IsNoSpending()
    {
        // 共支付 needs its own words: 转移支付资金 names a kind of money, not money paid.
        var d = One("""
            某某县某某局2023年度项目支出绩效自评报告
            一、项目概况
            2023年收到中央转移支付资金495万元。
            """);
        Assert.DoesNotContain(d.Values, v => v.Path == "budget.executed");
    }

    [Fact]
    public void EvaluationPeriodOfTheWholeYear_GivesTheYear()
    {
        var d = One("""
            某某林业项目绩效自评报告
            主管部门:某某管理中心 评价时间:2017年1月1日至2017年12月31日 上报时间:2018年7月6日
            一、项目概况
            项目按计划实施。
            """);
        Assert.Equal(2017, d.Evaluation.Year);
    }

    [Fact]
    public void OpeningSubjectNamingTwoKindsAlike_LeavesTheKindToTheBody()
    {
        // 科技专项资金绩效评价报告 weighs as a project's and as a transfer's report; 项目概况 in the body decides.
        var d = One("""
            分享到:
            根据安顺市财政局关于《开展2020年度预算绩效自评工作的通知》要求,安顺市科学技术局对2020年财政预算科技专项资金开展了绩效自评工作,现就评价情况报告如下:
            一、基本情况
            (一)项目概况
            科技专项资金是由市级财政安排,用于支持市级财政科研项目的专项资金。
            """);
        Assert.Equal(DocumentKind.ProjectReport, d.Kind);
    }

    [Fact]
    public void OpeningSubjectNamingNoSelfEvaluation_NamesNoKind()
    {
        // 开展了专项检查: no 绩效 after the mark, so no title is read from the subject and nothing is classified by it.
        var result = PublishedImporter.ImportText("""
            根据市财政局通知要求,市科学技术局对2020年财政预算科技专项资金开展了专项检查,现就检查情况报告如下:
            一、基本情况
            科技专项资金是由市级财政安排的专项资金。
            """, "t.txt");
        Assert.DoesNotContain(result.Documents, x => x.Kind == DocumentKind.ProjectReport);
    }

    [Theory]
    [InlineData("成立自评小组,扎实开展本次自评工作。", true)]
    [InlineData("成立检查小组,扎实开展本次检查工作。", false)]
    public void UntitledProjectReportStatingThisSelfEvaluation_IsRead(string statement, bool read)
    {
        var result = PublishedImporter.ImportText($"""
            一、项目概况
            (一)项目基本情况
            某某县城市生活垃圾填埋场于2007年建成并投入运行。
            (二)项目自评步骤及方法
            {statement}
            """, "t.txt");
        Assert.Equal(read, result.Documents.Any(x => x.Kind == DocumentKind.ProjectReport));
    }

    /// <summary>Sentences enough for a run-on page to be cut at its lost breaks.</summary>
    private const string RunOnBody = " 一、部门基本情况 (一)部门概况 本园是全额拨款事业单位,现有在园幼儿320人,教职工45人。"
        + " 二、部门整体支出情况 2024年全年支出预算资金986.5万元,主要用于人员经费和日常公用经费。";

    [Fact]
    public void RunOnMetadataEndingInTheTitleItNames_GivesTheTitle()
    {
        var d = One("昆明市西山区人民政府 www.kmxs.gov.cn 政府信息公开 索引号: 015116516-202510-102895 主题分类: 财政预决算 "
            + "发布日期: 2025-10-22 15:26 名 称: 昆明市西山区前卫幼儿园2024年财政预算支出绩效自评情况报告" + RunOnBody);
        Assert.Equal(2024, d.Evaluation.Year);
        Assert.Equal("昆明市西山区前卫幼儿园", d.Evaluation.Unit);
    }

    [Fact]
    public void RunOnMetadataValueBeforeTheTitle_StaysOutOfTheTitle()
    {
        var d = One("索引号: 20240913-202609-455 发布机构: 某某州民政局 发布日期: 2021-02-22 时效性: 有效 红河州民政局2020年项目支出绩效评价报告"
            + " 一、项目概况 (一)项目背景 边境县村(居)民小组党组织及人员补助经费由州级财政安排,用于边境县村组干部补助。"
            + " 二、项目资金使用情况 2020年下达补助资金320万元,已全部拨付到位。");
        Assert.Equal("红河州民政局", d.Evaluation.Unit);
    }

    [Fact]
    public void SharedFileNameRunOnIntoItsPageFacts_IsTheTitle()
    {
        var d = One("2022年度长沙市开福区人大常委会办公室整体支出绩效自评报告.docx 上传人:李司机 文档编号:6876471 上传时间:2024-03-15 格式:DOCX 页数:9"
            + RunOnBody);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("长沙市开福区人大常委会办公室", d.Evaluation.Unit);
    }
}
