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
}
