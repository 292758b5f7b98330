using Jixiao.Documents.Import;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A page whose line breaks were lost (every line run into one with spaces): the breaks before headings, after sentences
/// and around the title are restored, so that it reads as the page it was; a line that shows no lost break is left alone.
/// </summary>
public class LineBreaksTests
{
    private const string Report = """
        某某区某某局2023年度部门整体支出绩效自评报告
        一、部门概况
        某某区某某局是区政府工作部门。
        二、部门整体支出情况
        2023年全年预算数为120万元，全年执行数为108万元，预算执行率为90%。
        三、自评结论
        经自评，2023年部门整体支出绩效自评得分92分，评价等级为“优”。
        四、存在的主要问题
        一是预算编制不够精细。
        五、改进措施
        一是细化预算编制。
        """;

    private static string Joined(string text) => string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static ImportedDocument One(string text) => Assert.Single(PublishedImporter.ImportText(text, "t.txt").Documents);

    [Fact]
    public void JoinedPage_ReadsAsTheReportItWas()
    {
        var lines = One(Report);
        var joined = One(Joined(Report));
        Assert.Equal(DocumentKind.DepartmentReport, joined.Kind);
        Assert.Equal(lines.Evaluation.Unit, joined.Evaluation.Unit);
        Assert.Equal(2023, joined.Evaluation.Year);
        Assert.Equal(120m, joined.Evaluation.Budget.Adjusted);
        Assert.Equal(108m, joined.Evaluation.Budget.Executed);
        Assert.Equal(92m, joined.Stated.TotalScore);
        Assert.Equal(lines.Evaluation.Narrative.Problems, joined.Evaluation.Narrative.Problems);
    }

    [Fact]
    public void JoinedPage_SourcesCiteTheFileLineAndItsColumn()
    {
        var text = Joined(Report);
        var d = One(text);
        var executed = d.Values.Single(v => v.Path == "budget.executed");
        Assert.Equal(1, executed.Source.Line);
        Assert.Equal(executed.Source.Span, text.Substring(executed.Source.Column, executed.Source.Length));
        Assert.Equal(text, Assert.Single(d.Text).Text);
    }

    [Fact]
    public void JoinedPage_TitleAfterPortalChrome_IsTheTitle()
    {
        var page = "您现在位置: 首页 > 专题专栏 > 民生工程 " + Joined(Report).Replace("某某区某某局2023年度", "某某区某某局2023年度 ", StringComparison.Ordinal);
        var d = One(page);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("某某区某某局", d.Evaluation.Unit);
    }

    [Fact]
    public void JoinedPage_SiteNameBreadcrumbAndDateLine_AreChromeAroundTheTitle()
    {
        var page = "某某县人民政府 首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文 某某县交通运输局2020年度部门整体支出绩效自评报告 日期:2021年03月24日 作者: 来源: 点击:[] "
            + Joined(Report[(Report.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
        var d = One(page);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("某某县交通运输局", d.Evaluation.Unit);
        Assert.Equal(2020, d.Evaluation.Year);
    }

    [Theory]
    // 来源 without its colon is a word of the text (资金来源于), not a page's source line.
    [InlineData("某某局是区政府工作部门，资金 来源于区级财政拨款和上级补助，全年收入合计120万元，全部用于保障机关正常运转和重点工作任务的完成，未发生挤占挪用的情况")]
    public void LineWithAChromeWordInItsText_StaysOneLine(string line)
    {
        Assert.Single(LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false));
    }

    [Fact]
    public void JoinedPage_TableOfContentsThenBody_OneDocument()
    {
        var page = Joined("某某区某某局2023年度部门整体支出绩效自评报告\n目 录\n一、部门概况\n二、部门整体支出情况\n三、自评结论\n" + Report);
        var d = One(page);
        Assert.Equal(2023, d.Evaluation.Year);
        Assert.Equal(92m, d.Stated.TotalScore);
    }

    [Theory]
    // One sentence listing its parts (no space before them): one line, as written.
    [InlineData("主要包括：（一）加强预算编制管理；（二）完善绩效目标设置；（三）强化绩效监控，确保资金使用效益得到进一步提高，各项工作任务全面完成，群众满意度稳步提升。")]
    // A table of contents with dot leaders and pages.
    [InlineData("一、基本情况 .............................. 2 （一）资金情况 .............................. 2 （二）项目实施情况 .............................. 3 二、绩效评价 .............................. 4")]
    public void LineWithoutLostBreaks_StaysOneLine(string line)
    {
        Assert.Single(LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false));
    }

    [Fact]
    public void Reflow_CutsAroundHeadingsAndAfterSentences()
    {
        var pieces = LineBreaks.Reflow("一、部门概况 某某局是区政府工作部门。 二、支出情况 全年执行数为108万元。 1.基本支出 （一）人员经费", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal(["一、部门概况", "某某局是区政府工作部门。", "二、支出情况", "全年执行数为108万元。", "1.基本支出", "（一）人员经费"], pieces);
    }
    [Fact]
    public void ListedItemAfterAHeading_IsALineOfItsOwn()
    {
        // A numbered item right after its heading: the item's figures are the item's, not the heading's.
        var pieces = LineBreaks.Reflow("三、项目资金使用及管理情况 1.某某工作经费。该项目拨入资金30万元,支出资金30万元。 2.某某会议费用。该项目拨入资金20万元。", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal(["三、项目资金使用及管理情况", "1.某某工作经费。该项目拨入资金30万元,支出资金30万元。", "2.某某会议费用。该项目拨入资金20万元。"], pieces);
    }

    [Fact]
    public void ListedItemOpeningWithItsYear_IsALineOfItsOwn()
    {
        // 1.2021年第一批…: an item opening with its year, no decimal (none runs on into 年).
        var pieces = LineBreaks.Reflow("（一）项目概况 1.2021年第一批某某基地建设项目,统筹资金303万元。 2.2021年第二批某某项目,统筹资金50万元。", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal(["（一）项目概况", "1.2021年第一批某某基地建设项目,统筹资金303万元。", "2.2021年第二批某某项目,统筹资金50万元。"], pieces);
    }

    [Fact]
    public void TwoLevelHeadingRunOnIntoASentenceOpeningWithItsYear_IsALineOfItsOwn()
    {
        // 1.2部门支出描述 2018年度支出…: the heading's figures would read as a listed item's.
        var pieces = LineBreaks.Reflow("1.1部门职责概述 某某法院是国家审判机关。 1.2部门支出描述 2018年度支出5560.46万元,其中:基本支出2956.36万元。", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal(["1.1部门职责概述", "某某法院是国家审判机关。", "1.2部门支出描述", "2018年度支出5560.46万元,其中:基本支出2956.36万元。"], pieces);
    }

    [Fact]
    public void ListedItemAfterAHeadingsBracketedNote_IsALineOfItsOwn()
    {
        // 二、绩效评价情况(分值100分,自评得分97分) 1、投入…: the heading's note ends it; the item starts a line.
        var pieces = LineBreaks.Reflow("二、绩效评价情况(分值100分,自评得分97分) 1、投入25分,自评得分25分。", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal(["二、绩效评价情况(分值100分,自评得分97分)", "1、投入25分,自评得分25分。"], pieces);
    }

    [Theory]
    // A figure or a year after a heading continues it; a decimal after a sentence is no item.
    [InlineData("（三） 2022 年预算执行情况", 1)]
    [InlineData("三、资金情况 1.5万元用于培训。", 1)]
    [InlineData("全年支出。1.25亿元用于建设。", 1)]
    // A decimal with its unit, or a spaced year, after a sentence's end is no two-level heading.
    [InlineData("全年支出。 1.5万元 用于培训,2022年完成。", 2)]
    [InlineData("（三）预算执行情况 2022 年全年执行数为108万元", 1)]
    // A bracket followed by a figure, not by a numbered item, stays on its line.
    [InlineData("全年预算数(万元) 1.5 执行数(万元) 1.2", 1)]
    public void FigureAfterAHeadingOrSentence_IsNoListedItem(string line, int count)
    {
        Assert.Equal(count, LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false).Count);
    }

    [Fact]
    public void ChromeRunOnIntoTheFirstSentence_IsALineOfItsOwn()
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        bool Chrome(string t) => PublishedImporter.IsChrome(t, v);
        var pieces = LineBreaks.Reflow("分享到: 微信 qq 微博 空间 • 近日,按照《某某区项目支出绩效评价管理办法》的要求,某某区财政局组织区直预算单位开展绩效自评,项目单位对预算批复的项目绩效目标完成情况进行自我评价。", v, _ => false, _ => false, Chrome);
        Assert.Equal(["分享到: 微信 qq 微博 空间 •", "近日,按照《某某区项目支出绩效评价管理办法》的要求,某某区财政局组织区直预算单位开展绩效自评,项目单位对预算批复的项目绩效目标完成情况进行自我评价。"], pieces);
    }

    [Theory]
    // A chrome line's own words with commas or semicolons stay chrome: keywords, a date, a short value.
    [InlineData("主题词: ;决算;财政;国土空间;预算;公共预算;万元;国有资本经营预算;公务用车;基金预算 发布时间:2023-10-10 浏览次数:0 次 【字体:大 中 小】 【打印本页】 【关闭窗口】")]
    [InlineData("发布时间:2023-10-10 来源:某某县某某局 作者:某某 浏览次数:12 关键词:绩效,自评,公开 字号:大 中 小 打印本页 关闭窗口 相关链接 上一篇:无 下一篇:无")]
    public void ChromeWithoutASentence_StaysWhole(string line)
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        var pieces = LineBreaks.Reflow(line, v, _ => false, _ => false, t => PublishedImporter.IsChrome(t, v));
        Assert.All(pieces, p => Assert.DoesNotContain("。", p));
        Assert.Equal(line.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(pieces).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(pieces, p => p.StartsWith("绩效", StringComparison.Ordinal) || p.StartsWith("自评", StringComparison.Ordinal));
    }

    [Fact]
    public void JoinedPage_UnitSpacedApartInTheTitle_IsTheWholeUnit()
    {
        var d = One(Joined(Report.Replace("某某区某某局2023年度", "中国共产党某某区委员会 组织部 2023 年度", StringComparison.Ordinal)));
        Assert.Equal("中国共产党某某区委员会组织部", d.Evaluation.Unit);
    }

    [Fact]
    public void JoinedPage_TitleAfterASentence_DoesNotTakeTheSentencesLastWord()
    {
        // The word before a short first word is taken only when it is Chinese characters alone, not a sentence's end.
        var pieces = LineBreaks.Reflow("某某局是区政府工作部门。 组织部 2023 年度部门整体支出 绩效自评报告 一、部门概况", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, t => t.EndsWith("报告", StringComparison.Ordinal), _ => false, _ => false);
        Assert.Contains("某某局是区政府工作部门。", pieces);
    }

    [Theory]
    // A cover's name broken after its region by a space: the two words are one name.
    [InlineData("部门(单位)全称:某某满族自治县 人民法院(公章) 主管部门审核意见:", "某某满族自治县人民法院")]
    // The word after the space led by a region of its own is another name, not the rest of this one.
    [InlineData("部门(单位)全称:某某满族自治县 某某县人民法院(公章) 主管部门审核意见:", "某某县人民法院")]
    public void JoinedCover_NameBrokenAfterItsRegion_ReadsWhole(string cover, string unit)
    {
        var text = cover + " 填报日期 2024 年 2月27日 2023年度部门整体支出绩效自评报告 一、部门概况 本院是县政府工作部门。 二、部门整体支出情况 2023年全年预算数为120万元，全年执行数为108万元。";
        Assert.NotEqual("某某满族自治县某某县人民法院", One(text).Evaluation.Unit);
        if (unit == "某某满族自治县人民法院")
        {
            Assert.Equal(unit, One(text).Evaluation.Unit);
        }
    }
    [Fact]
    public void HeadlineRunOnIntoTheFirstSentence_IsALineOfItsOwn()
    {
        var pieces = LineBreaks.Reflow("某某省财政厅创新实施四项工作机制 提升绩效自评质效 2025年,省财政厅进一步加强绩效自评管理,重点在完善统筹机制、优化联动机制、做实核查机制、健全应用机制四个方面下功夫。", Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Equal("某某省财政厅创新实施四项工作机制 提升绩效自评质效", pieces[0]);
    }

    [Theory]
    // A list item's start before its text is no headline.
    [InlineData("1、 某某市档案馆2020年度 项目绩效自评报告自评得分100分绩效目标完成情况执行率情况档案抢救与保护等专项经费预算10万元,实际支出10万元,执行率100%。")]
    // Words with a sentence mark of their own before the first sentence are no headline.
    [InlineData("各位代表: 受区人民政府委托,向大会报告我区2022年预算执行情况和2023年预算草案,请予审议,并请区政协委员和列席会议的同志提出意见,谢谢大家。")]
    public void WordsBeforeTheFirstSentence_ThatAreNoHeadline_StayOnTheirLine(string line)
    {
        var pieces = LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.DoesNotContain(pieces, p => p.EndsWith("年度", StringComparison.Ordinal) || p.EndsWith("代表:", StringComparison.Ordinal));
    }
    [Fact]
    public void JoinedPage_TitleSpacedApartAfterItsYear_InABreadcrumb_KeepsItsUnit()
    {
        var body = Report[(Report.IndexOf('\n', StringComparison.Ordinal) + 1)..].Replace("某某区某某局是", "本局是", StringComparison.Ordinal);
        var page = "当前位置: 首页 >> 政务公开 >> 公示公告 某某县民族宗教局 2023年财政衔接推进乡村振兴 补助资金项目绩效自评报告 来源: 某某县人民政府 发布时间: 2024-08-09 " + Joined(body);
        Assert.Equal("某某县民族宗教局", One(page).Evaluation.Unit);
    }

    [Fact]
    public void BreadcrumbSpacedAfterTheSiteName_IsALineOfItsOwn()
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        var pieces = LineBreaks.Reflow("某某县人民政府 首页 >> 部门信息公开 >> 某某县交通运输局 >> 正文 某某县2020年第一批公路安全生命防护工程绩效自评报告 日期:2021年03月24日 作者: 来源: 一、绩效目标分解下达情况", v, t => t.EndsWith("报告", StringComparison.Ordinal), _ => false, t => PublishedImporter.IsChrome(t, v));
        Assert.Equal("某某县人民政府", pieces[0]);
        Assert.StartsWith("首页 >>", pieces[1], StringComparison.Ordinal);

        // A word before marks that is no starter (网站的首页 >) stays in its text, and is no headline.
        Assert.Single(LineBreaks.Reflow("某某县人民政府网站的首页 > 设有绩效公开专栏,2023年共公开部门整体支出绩效自评报告十二份,项目支出绩效自评报告四十五份,接受社会监督并及时回应群众关切的问题。", v, _ => false, _ => false, _ => false));
    }
    [Fact]
    public void TitleWithItsBracketedSubject_AfterChrome_IsALineOfItsOwn()
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        var pieces = LineBreaks.Reflow("发布日期 | 2024-03-25 | 文号 | 浏览量 | 2023年度项目支出绩效自评报告(特殊教育公用经费补助资金) 一、自评结论 (一)自评得分 经自评,2023年特殊教育公用经费资金项目自评得分为100分。", v, t => t.StartsWith("2023年度", StringComparison.Ordinal), _ => false, t => PublishedImporter.IsChrome(t, v));
        Assert.Contains(pieces, p => p.EndsWith("2023年度项目支出绩效自评报告(特殊教育公用经费补助资金)", StringComparison.Ordinal) && !p.Contains("浏览量", StringComparison.Ordinal));
    }

    [Theory]
    // A bracket with text glued after it is no title's subject.
    [InlineData("浏览量 | 2023年度项目支出绩效自评报告(特殊教育)已报送财政局 一、自评结论 经自评,2023年特殊教育公用经费资金项目自评得分为100分,全年预算执行率为100%,各项目标均已完成。")]
    public void BracketAfterATitleWord_ThatIsNoSubject_MakesNoTitle(string line)
    {
        var v = Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn;
        var pieces = LineBreaks.Reflow(line, v, t => t.StartsWith("2023年度", StringComparison.Ordinal), _ => false, t => PublishedImporter.IsChrome(t, v));
        Assert.DoesNotContain(pieces, p => p.EndsWith("(特殊教育)", StringComparison.Ordinal));
    }
    [Fact]
    public void JoinedPage_ContentsHeadingGluedToTheCoversDate_OneDocument()
    {
        // Normalising the spaced 目 录 glues it to the cover's date before it (2023年11月目录一、…).
        var body = Report[(Report.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var page = Joined("某某区某某局2023年度部门整体支出绩效自评报告\n委托单位:某某区财政局\n2023年11月\n目 录\n一、部门概况 1\n二、部门整体支出情况 3\n三、自评结论 5\n某某区某某局2023年度部门整体支出绩效自评报告\n" + body);
        Assert.Single(PublishedImporter.ImportText(page, "t.txt").Documents);
    }

    [Theory]
    // 目录 inside a word (项目录入) or after a date with no heading after it is text.
    [InlineData("本年度完成项目录入一、二期工作,系统运行平稳,各项数据按时报送,全年共录入项目信息三百余条,审核通过率达到百分之九十八,较上年有明显提高。")]
    [InlineData("资料截至2023年11月目录所列各项均已完成整理归档,并按照档案管理规定移交,全年共整理文书档案三百余件,会计档案一百余卷,实物档案二十余件。")]
    public void ContentsWordInsideText_StaysText(string line)
    {
        var pieces = LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.DoesNotContain(pieces, p => p == "目录");
    }

    [Fact]
    public void Reflow_WordsInsideAQuotation_NoHeadline()
    {
        // A page's opening that starts inside a quotation (its 《 on the line above): the words up to the first sentence
        // close a quote they never opened, so they are no headline of their own.
        var line = "中共中央 国务院关于全面实施预算绩效管理的意见》和《某某市委 某某市人民政府关于全面推进预算绩效管理的实施意见》精神,切实推进预算绩效信息公开,努力实现预算绩效评价结果与应用相挂钩。2023年度财政支出重点评价聚焦经济发展、民生保障等领域。";
        var pieces = LineBreaks.Reflow(line, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => true, _ => true, _ => false);
        Assert.DoesNotContain(pieces, p => p.StartsWith("中共中央", StringComparison.Ordinal) && !p.Contains('，') && !p.Contains(','));
    }

    private const string PipedTable = """
        部门预算项目支出绩效自评表(2023年度) |
        项目名称 | | 某某工程建设专项工作经费 | | | |
        主管部门 | | 某某市林业 | | 实施单位(盖章) | 某某市林业局 | |
        预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | 预算执行率 | 权重 | 得分 | 原因 |
        | 总额 | 5.00 | 6.00 | 4.80 | | 80.00% | 10 | 8 | |
        | 其中:财政资金 | 5.00 | 6.00 | 4.80 | | 80.00% | / | / | |
        绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
        """;

    [Fact]
    public void JoinedPipedTable_ReadsAsTheTableItWas()
    {
        var lines = One(PipedTable);
        var joined = One(Joined(PipedTable));
        Assert.Equal("某某市林业局", lines.Evaluation.Unit);
        Assert.Equal(DocumentKind.ProjectTable, joined.Kind);
        Assert.Equal(lines.Evaluation.Unit, joined.Evaluation.Unit);
        Assert.Equal(lines.Evaluation.ProjectName, joined.Evaluation.ProjectName);
        Assert.Equal(5m, joined.Evaluation.Budget.Initial);
        Assert.Equal(6m, joined.Evaluation.Budget.Adjusted);
        Assert.Equal(4.8m, joined.Evaluation.Budget.Executed);
        Assert.Equal(80m, joined.Evaluation.Budget.StatedRatePercent);
    }

    [Theory]
    // A row of a real table: fewer bars than a table copied onto one line.
    [InlineData("| 总额 | 5.00 | 6.00 | 4.80 | | 80.00% | 10 | 8 | |", false)]
    [InlineData("||||||||||||||||||||", false)]
    [InlineData("表 | 项目名称 | 某某经费 | 主管部门 | 某某局 | 实施单位 | 某某局 | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 总额 | 5.00 | 6.00 | 4.80 | 80.00% | 其中:财政资金 | 5.00 | 6.00 | 4.80 | 80.00% |", true)]
    public void JoinedCells_OnlyForALineOfManyBars(string line, bool cells)
    {
        var found = LineBreaks.JoinedCells(line);
        Assert.Equal(cells, found is not null);
        if (found is not null)
        {
            Assert.Equal("表 |", found[0]);
            Assert.Contains("4.80 |", found);
            Assert.All(found, c => Assert.Contains(c, line, StringComparison.Ordinal));
        }
    }

    private const string SpacedTable = """
        某某县水利局水旱灾害防御股项目支出绩效自评
        发布时间:2023-12-05 15:04
        项目支出绩效自评表
        (2022年度)
        字号: 打印 项目名称 水旱灾害防御经费
        主管部门 实施单位 某某县水利局
        项目资金
        (万元)
        年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
        年度资金总额: 880 860 850 10 98.84% 9.9
        其中:本年财政拨款 880 860 850 - -
        上年结转资金 - -
        其他资金 - -
        年度总体目标完成情况 预期目标 实际完成情况
        完成年度防汛工作。 完成年度目标。
        """;

    [Fact]
    public void JoinedSpacedTable_IsCutAtItsHeaderRunAndRows()
    {
        var lines = One(SpacedTable);
        var joined = One(Joined(SpacedTable));
        Assert.Equal(860m, lines.Evaluation.Budget.Adjusted);
        Assert.Equal(DocumentKind.ProjectTable, joined.Kind);
        Assert.Equal("某某县水利局", joined.Evaluation.Unit);
        Assert.Equal(880m, joined.Evaluation.Budget.Initial);
        Assert.Equal(860m, joined.Evaluation.Budget.Adjusted);
        Assert.Equal(850m, joined.Evaluation.Budget.Executed);
    }

    [Fact]
    public void RowLabelGluedToTheFiguresAround_StartsARow()
    {
        var text = "项目支出绩效自评表(2022年度) 项目名称 村级补助及运转经费 实施单位 某某镇人民政府 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0其中:本年财政拨款202.64 132.912 132.912上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况";
        var pieces = LineBreaks.Reflow(text, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.Contains("年初预算数 全年预算数 全年执行数 分值 执行率 得分", pieces);
        Assert.Contains("年度资金总额: 0 0 0 10 0 0", pieces);
        Assert.Contains("其中:本年财政拨款202.64 132.912 132.912", pieces);
    }

    [Theory]
    // A row label in running text has one figure with its unit after it; a fund source after words is a breakdown's column.
    [InlineData("本年度部门整体支出绩效自评工作按照要求开展，年度资金总额 880万元 全部用于防汛工作，各项资金均按规定使用，没有发现挤占挪用的情况，资金管理规范，执行情况良好，达到了预期目标，群众满意度较高，效果明显。")]
    [InlineData("年度预算资金类别 部门预算 事业发展支出 基本支出 项目支出 专项资金 其他事业发展支出 区本级资金 上级补助资金 1,297.59 1,155.12 142.47 0 0 0 0 一级指标 分值 这一行的长度要超过一百二十个字符才会被检查是否丢失了断行所以这里再写一些说明文字。")]
    public void NoRowStart_InRunningTextOrAfterAHeaderWord(string text)
    {
        var pieces = LineBreaks.Reflow(text, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn, _ => false, _ => false, _ => false);
        Assert.DoesNotContain(pieces, p => p.StartsWith("年度资金总额", StringComparison.Ordinal) || p.StartsWith("上级补助资金", StringComparison.Ordinal));
    }
}
