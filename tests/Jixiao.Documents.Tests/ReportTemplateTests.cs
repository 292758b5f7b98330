using Jixiao.Documents.Markdown;
using Jixiao.Documents.Reports;
using Jixiao.Domain;

namespace Jixiao.Documents.Tests;

public class ReportTemplateTests
{
    [Fact]
    public void All_ShippedTemplates_ValidAndOneStandardPerKind()
    {
        Assert.Equal(["department-cover", "department-standard", "project-standard"], ReportTemplates.All.Select(t => t.Id).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(Repo.Path("report-templates"), "*.yaml"))
        {
            var parsed = ReportTemplates.Parse(File.ReadAllText(file), file);
            Assert.True(parsed.IsSuccess, string.Join("\n", parsed.Errors));
            Assert.Equal(Path.GetFileNameWithoutExtension(file), parsed.Value.Id);
        }

        Assert.Equal("department-standard", ReportTemplates.For(null, EvaluationKind.Department).Ok().Id);
        Assert.Equal("project-standard", ReportTemplates.For(null, EvaluationKind.Project).Ok().Id);
    }

    [Fact]
    public void Parse_UnknownPartFieldAndDuplicate_EveryErrorWithLine()
    {
        const string yaml = """
            id: x
            name: 测试
            kind: 部门整体
            colour: red
            sections:
              - { title: 甲, parts: [overview, overveiw] }
              - { title: 乙, parts: [overview] }
              - { title: 丙, parts: [managementAreas] }
            """;
        var errors = ReportTemplates.Parse(yaml, "t.yaml").Errors;

        Assert.Contains(errors, e => e.Message.Contains("无法识别的字段“colour”", StringComparison.Ordinal) && e.Message.Contains("t.yaml 第 4 行", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("未知的部件“overveiw”", StringComparison.Ordinal) && e.Message.Contains("第 6 行", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("部件“overview”出现了 2 次", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "sections[2].areasOf");
    }

    [Fact]
    public void For_UnknownOrWrongKind_ChineseError()
    {
        Assert.Contains("没有名为“nope”的报告提纲", ReportTemplates.For("nope", EvaluationKind.Department).Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("用于项目评价", ReportTemplates.For("project-standard", EvaluationKind.Department).Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FrameworkNamesCoverTemplate_CoverPageSelfEvaluationFirstSameFigures()
    {
        var c = Case.Load("complete-dept-2024");
        var framework = c.Framework with { Settings = c.Framework.Settings with { ReportTemplate = "department-cover" } };
        var report = ReportBuilder.Build(c.Evaluation, framework, c.Score, FixedClock.Draft).Ok();
        var md = MarkdownReportWriter.ToMarkdown(report);

        var cover = Assert.IsType<CoverBlock>(report.Blocks[0]);
        Assert.Equal("2024年度部门整体支出绩效自评报告", cover.Title);
        Assert.Contains(("预算编码", "101001"), cover.Fields);
        Assert.Contains(("报告日期", "2025年3月31日"), cover.Fields);
        Assert.Equal("财政局（制）", cover.Issuer);
        var headings = report.Blocks.OfType<HeadingBlock>().Where(h => h.Level == 1).Select(h => h.Text).ToList();
        Assert.Equal(["一、自评工作开展情况", "二、自评结论", "三、部门（单位）基本情况"], headings.Take(3));
        Assert.Contains("绩效自评得分98.10分", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ScoreFirstSetting_ConclusionMovesAndRestRenumbers()
    {
        var c = Case.Load("complete-dept-2024");
        var framework = c.Framework with { Settings = c.Framework.Settings with { ReportScoreFirst = true } };
        var headings = ReportBuilder.Build(c.Evaluation, framework, c.Score, FixedClock.Draft).Ok().Blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();

        Assert.Equal("一、自评结论", headings[0]);
        Assert.Equal("二、基本情况", headings[1]);
        Assert.Contains("（一）各项工作任务绩效目标完成情况分析", headings);
        Assert.DoesNotContain("（一）自评结论综述", headings);
    }
}
