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
        var runs = LineWraps.Paragraphs(lines, lines, l => l.StartsWith("发布时间", StringComparison.Ordinal));
        Assert.Equal(lines.Length, runs.Count);
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
        Assert.Equal(lines.Length, LineWraps.Paragraphs(lines, lines, _ => false).Count);
    }
}
