using Jixiao.Documents.Import;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A PDF's text hard-wrapped at its page width: the paragraphs are read whole (a title quoted across a break, an amount
/// cut in two), while table rows, headings, chrome and the lines of a text that shows no page width stay as they are.
/// </summary>
public class LineWrapsTests
{
    private static ImportedDocument One(string text) => Assert.Single(PublishedImporter.ImportText(text, "t.txt").Documents);

    // Lines of 38 characters, as a PDF page of that width breaks them (a real report's opening, names replaced): the
    // quoted notice title 《…关于印发…的通知》 is cut across two lines.
    private const string Wrapped = """
        某某县应急管理局2023年度部门整体支出绩效自评工作情况报告
        一、自评工作开展情况
        (一)部门预算安排
        我单位全年预算数1761.58万元,本年度总支出1688.46万元,其中基本
        支出469.70万元,项目支出1218.76万元。
        (二)部门主要职能
        根据中共某某县委办公室《中共某某县委办公室 某某县人民政府办公室关于印发某某
        县人民政府办公室等单位职能配置、内设机构和人员编制规定的通知》(某办〔201
        9〕7号)文件规定,某某县应急管理局主要职责是:
        1.贯彻执行国家、省、市应急管理安全生产等法律法规规章和政策规划,组织拟订县
        应急管理、安全生产等政策和规范性文件,组织编制县应急体系建设、安全生产和综合
        防灾减灾规划,监督实施地方标准和规程。
        2.负责应急管理工作,指导全县各地各部门应对安全生产类、自然灾害类等突发事件
        和综合防灾减灾救灾工作。负责安全生产综合监督管理,组织、监督属地和行业开展工
        """;

    [Fact]
    public void WrappedReport_AmountsAfterTheWrap_ReadWithTheParagraphsFirstLine()
    {
        var d = One(Wrapped);
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal(1761.58m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(469.70m, d.Evaluation.Budget.Basic.Executed);
        // The source names the paragraph's first line in the file.
        Assert.Equal(4, d.Values.Single(v => v.Path == "budget.basic.executed").Source.Line);
    }

    [Fact]
    public void WrappedReport_QuotedNoticeTitleAcrossTheWrap_StartsNoDocument()
    {
        Assert.Single(PublishedImporter.ImportText(Wrapped, "t.txt").Documents);
        Assert.Empty(PublishedImporter.ImportText(Wrapped, "t.txt").Undecided);
    }

    [Fact]
    public void Paragraphs_TableRowsHeadingsAndChrome_NotJoined()
    {
        string[] lines =
        [
            "发布时间:2023-12-05 15:04 来源:某某县财政局 浏览次数:1234次 【字体:大 中 小】",
            "年度资金总额: 880 880 880 10 100% 10 其中:本年财政拨款 880 880 880 -",
            "其中:本年财政拨款 880 880 880 - - 上年结转资金 - - 其他资金 - - 合计",
            "一、部门概况某某县某某局是县政府工作部门，负责全县有关工作的统筹协调",
            "二、部门整体支出情况我单位2023年全年预算数为1761.58万元，全年执行",
            "三、自评结论经自评，2023年部门整体支出绩效自评得分92分，评价等级为优",
            "四、存在的主要问题一是预算编制不够精细，二是绩效目标设置不够细化具体",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, k => lines[k].StartsWith("发布时间", StringComparison.Ordinal), Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal(lines.Length, runs.Count);
    }

    [Fact]
    public void Paragraphs_ARowOfColumnsCutAtTheWidth_GoesOnWithItsFigures()
    {
        string[] lines =
        [
            "一、部门概况某某县某某局是县政府工作部门，负责全县有关工作的统筹协调以及之",
            "二、部门整体支出情况我单位2023年全年预算数为1761.58万元，全年执行",
            "三、自评结论经自评，2023年部门整体支出绩效自评得分92分，评价等级为",
            "四、存在的主要问题一是预算编制不够精细，二是绩效目标设置不够细化具体还需要",
            "",
            "资金总额: 120,000.00 120,000.00 30,000.00 ",
            "10.00  25 2.5",
            "单位资金: 0.00 0.00 0.00   0",
            "其中:财政资金: 0.00 0.00 0.00   0",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Contains((5, 2), runs);
        Assert.Contains((7, 1), runs);
        Assert.Contains((8, 1), runs);
    }

    [Fact]
    public void Paragraphs_LinesOfNoCommonWidth_NotJoined()
    {
        string[] lines =
        [
            "某某局2023年度部门整体支出绩效自评报告",
            "我单位全年预算数为120万元，全年执行数为108万元",
            "预算执行率为90%，资金使用规范，未发现违规情况的发生，各项工作",
            "经自评得分92分",
            "评价等级为优，部门整体支出绩效目标基本实现，群众满意度较高，社会效益明显提升",
        ];
        Assert.Equal(lines.Length, LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn).Count);
    }

    // A PDF wraps by the room a line takes: a CJK character two digits' width. Lines of mixed digits and CJK cut at one
    // display width (here 60) hold different numbers of characters, and are joined all the same.
    private static string WrapByDisplay(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new System.Text.StringBuilder();
            var room = 0;
            foreach (var c in paragraph)
            {
                var w = LineWraps.DisplayWidth(c.ToString());
                if (room + w > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    room = 0;
                }

                line.Append(c);
                room += w;
            }

            lines.Add(line.ToString());
        }

        return string.Join('\n', lines);
    }

    private const string Report = """
        某某县应急管理局2023年度部门整体支出绩效自评报告
        一、部门预算安排
        我单位2023年全年预算数1761.58万元,本年度总支出1688.46万元,其中基本支出469.70万元,项目支出1218.76万元,年初预算数1500.25万元,调整预算261.33万元,预算执行率95.85%,较上年提高2.3个百分点。
        二、部门主要职能
        根据中共某某县委办公室《中共某某县委办公室 某某县人民政府办公室关于印发某某县人民政府办公室等单位职能配置、内设机构和人员编制规定的通知》(某办〔2019〕7号)文件规定,某某县应急管理局主要职责是贯彻执行国家、省、市应急管理安全生产等法律法规规章和政策规划,组织拟订县应急管理、安全生产等政策和规范性文件。
        三、自评结论
        经自评,2023年部门整体支出绩效自评得分92.5分,评价等级为优,资金使用规范,2023年度共开展安全检查126次,排查隐患318处,整改率100%,全年未发生较大以上生产安全事故。
        """;

    [Fact]
    public void WrappedByDisplayWidth_MixedDigitsAndCjk_Joined()
    {
        var wrapped = WrapByDisplay(Report, 60);
        var lines = wrapped.Split('\n');
        // The cut lines hold different numbers of characters (digits take half a CJK character's room) …
        Assert.True(lines.Where(l => LineWraps.DisplayWidth(l) >= 58).Select(l => l.Length).Distinct().Count() >= 3);
        // … and the amounts cut by the wrap read whole, from the paragraph's first line.
        var d = One(wrapped);
        Assert.Equal(1761.58m, d.Evaluation.Budget.Adjusted);
        Assert.Equal(1688.46m, d.Evaluation.Budget.Executed);
        Assert.Equal(1218.76m, d.Evaluation.Budget.Project.Executed);
        Assert.Equal(92.5m, d.Stated.TotalScore);
        Assert.Single(PublishedImporter.ImportText(wrapped, "t.txt").Documents);
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal(Report.Split('\n').Length, runs.Count);
    }

    [Fact]
    public void Paragraphs_BarRowCutInsideACell_Joined_RowEndingInItsBar_NotJoined()
    {
        string[] lines =
        [
            "| 项目名称 | 全市文物保护专项经费 | 预算金额 | 36万元 | ||",
            "预算单位 | 市文化和旅游局 | 联系电话 | 2331992 | 主管部门",
            " | 市文化和旅游局 |",
            "实施单位 | 市文化和旅游局 | 项目负责人 | 薛海燕 | 起止时间 |",
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 项目资金 (元",
            ") |",
            "| 387664.62 | 387664.62 | 387664.62 | 100% | 10 | 10 |",
            "| 预算执行率 | 100% | 分值 | 10 | 得分 | 10 | 备注 |",
            "预算申请(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值",
            "资金总额 | 861.10 | 2030.12 | 2030.12 | 100%",
            "一级指标 | 二级指标 | 三级指标 | 指标分值 | 评分标准 | 得分",
            "项目实施进度 | 做好田野文物、馆藏文物保护工作,开展文物安全保护宣传、文物",
            "安全巡查、文物保护执法、文物保护培训工作,编制文物保护规划,开展文物保护课",
            "题研究。 |",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal([(0, 1), (1, 2), (3, 1), (4, 2), (6, 1), (7, 1), (8, 1), (9, 1), (10, 1), (11, 3)], runs);
    }

    [Fact]
    public void Paragraphs_QuotedTitleClosingAtTheWidth_JoinedAfterProse_TitleLineAlone()
    {
        string[] lines =
        [
            "根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》",
            "要求,我们重点对照日常履职清单逐项梳理年度任务完成情况,现将有关情况报告如下:",
            "市卫生健康委以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精",
            "神,深入贯彻习近平总书记对北京一系列重要讲话特别是对卫生健康工作指示精神,坚决",
            "落实市委市政府各项决策部署。",
            "《某某县应急管理局2023年度部门整体支出绩效自评报告》",
            "我单位全年预算数1761.58万元,本年度总支出1688.46万元,其中基本支出469.70万",
            "元,项目支出1218.76万元。",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal([(0, 2), (2, 3), (5, 1), (6, 2)], runs);
    }

    [Fact]
    public void Paragraphs_ProseWithSpacedNames_Joined_FileNamesAndNumberedYears_NotJoined()
    {
        string[] lines =
        [
            "为深入贯彻落实党中央关于全面实施预算绩效管理的意见,我局依照下列文件:",
            "中共中央 国务院关于全面实施预算绩效管理的意见》和《中共某某市委 某某市人民",
            "政府关于全面推进预算绩效管理的实施意见》精神,切实推进预算绩效信息公开,努力",
            "实现预算绩效评价结果与应用相挂钩。",
            "附件1:2021年构树产业发展及体验服务综合体建设项目绩效评价报告.pdf",
            "某某市财政局",
            "附件:1.某某省科学技术厅2020年度部门整体支出绩效自评报告及其附表附件",
            "2.2020 年度“科技发展战略专项资金”绩效自评报告",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal([(0, 1), (1, 3), (4, 1), (5, 1), (6, 1), (7, 1)], runs);
    }

    [Fact]
    public void Paragraphs_NextLineOpeningWithAPause_Joined_SpacedAttachmentHeading_NotJoined()
    {
        string[] lines =
        [
            "我厅严格按照省财政厅绩效评价工作的有关要求开展绩效自评工作,2020年度部门",
            "整体支出、“科技创新战略专项资金——国际科技创新中心建设与区域创新能力提升”",
            "、“乡村振兴战略专项资金——农业产业发展”等专项资金绩效自评等次均为优秀,特",
            "附 件:1.某某省科学技术厅2020年度部门整体支出绩效自评报告及其附表附件",
            "2.2020 年度“科技发展战略专项资金”绩效自评报告",
        ];
        var runs = LineWraps.Paragraphs(lines, lines, _ => false, Jixiao.Documents.Reading.VocabularyCatalog.BuiltIn);
        Assert.Equal([(0, 3), (3, 1), (4, 1)], runs);
    }

    [Fact]
    public void WrappedTitle_PinyinGlossCutByTheWrap_ReadWhole()
    {
        var text = string.Join('\n', [
            "2018年財(cái)政支出項(xiàng)目績(jī)效自評(píng)報",
            "(bào)告",
            "一、項(xiàng)目概況",
            "省規(guī)劃展覽館成立于2010年7月7日,隸屬于省住房和城鄉(xiān",
            "g)建設(shè)廳的正處級(jí)事業(yè)單位,2017年6月成建制劃歸",
            "省規(guī)劃展覽館成立于2010年7月7日,隸屬于省住房和城鄉(xiān",
            "g)建設(shè)廳的正處級(jí)事業(yè)單位,2017年6月成建制劃歸",
            "省規(guī)劃展覽館成立于2010年7月7日,隸屬于省住房和城鄉(xiān",
            "g)建設(shè)廳的正處級(jí)事業(yè)單位。",
        ]);
        Assert.Equal(DocumentKind.ProjectReport, One(text).Kind);
    }
}
