using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Reports;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Cli.Tests.Reports;

/// <summary>Issue 10 as a user runs it: final documents refuse what is missing, drafts say they are drafts, nothing is invented.</summary>
public sealed class ReportFinalCommandTests
{
    [Fact]
    public void Report_HaizhuFinal_Exit1ListsEveryMissingSectionAndTheFrameworkRow()
    {
        using var dir = new TempDir();
        var target = dir.File("hz.docx");
        var run = CliRun.Of("report", Repo.Path("testdata", "haizhu-2022", "evaluation.yaml"), "--format", "docx", "--final", "-o", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("无法生成：", run.Err, StringComparison.Ordinal);
        foreach (var line in new[]
        {
            "错误：narrative.overview：终稿缺少必填内容：部门概况",
            "错误：organization：终稿缺少必填内容：机构设置与人员编制（内设机构、编制数、实有人数）",
            "错误：budget.executed：终稿缺少必填内容：执行数（决算数）",
            "错误：budget.incomeBySource：终稿缺少必填内容：收入情况（按来源的预算数、决算数）",
            "错误：narrative.selfEvaluation：终稿缺少必填内容：自评工作开展情况",
            "错误：narrative.projectAnalysis：终稿缺少必填内容：各重点任务项目支出完成情况分析",
            "错误：narrative.managementAreas[\"采购管理\"]：终稿缺少必填内容：管理效率分析：采购管理",
            "错误：previousProblems：终稿缺少必填内容：上年问题整改情况（上年存在的问题及整改措施、整改状态）",
            "错误：narrative.resultUse：终稿缺少必填内容：自评结果应用",
            "错误：framework:2.5.2：评分表“部门整体支出绩效自评指标评分表”（gz-district-dept-2022）“采购管理”下指标 2.5.2 的名称缺失",
        })
        {
            Assert.Contains(line, run.Err, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(target));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Report_CompleteProjectFinal_Exit0NoMarkerNoWatermark()
    {
        using var dir = new TempDir();
        var target = dir.File("p.docx");
        var run = CliRun.Of("report", Repo.Path("testdata", "complete-project-2024", "evaluation.yaml"), "--format", "docx", "--final", "-o", target);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        using var doc = WordprocessingDocument.Open(target, false);
        Assert.DoesNotContain("【", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Empty(doc.MainDocumentPart.HeaderParts);
    }

    [Fact]
    public void Report_CompleteDepartmentFinal_Exit1OnlyForTheLostFrameworkName()
    {
        var run = CliRun.Of("report", Repo.Path("testdata", "complete-dept-2024", "evaluation.yaml"), "--format", "md", "--final");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Err.Split('\n').Where(l => l.StartsWith("错误：", StringComparison.Ordinal)).ToList();
        Assert.StartsWith("错误：framework:2.5.2：", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void InitThenReportMarkdown_Sample_NoInventedSentence()
    {
        using var dir = new TempDir();
        var path = dir.File("s.yaml");
        Assert.Equal(0, CliRun.Of("init", "-o", path).ExitCode);
        var run = CliRun.Of("report", path, "--format", "md");

        Assert.Equal(0, run.ExitCode);
        var evaluation = EvaluationSerializer.Parse(File.ReadAllText(path), path).Value;
        var framework = FrameworkCatalog.Get(evaluation.FrameworkId).Value;
        var headings = ReportTemplates.All.SelectMany(t => ReportTemplates.Flatten(t.Sections)).Select(s => s.Title).Concat(NarrativeFields.All.Select(f => f.Title));
        var invented = ReportSentences.Invented(run.Out, evaluation, framework, headings);
        Assert.True(invented.Count == 0, string.Join("\n", invented));
        Assert.Contains("内设机构3个：办公室、业务一科、业务二科。编制数25人，实有人数23人。", run.Out, StringComparison.Ordinal);
        Assert.Contains("| 一般公共预算财政拨款 | 1,297.59 | 1,245.68 | 96.00% |", run.Out, StringComparison.Ordinal);
        Assert.Contains("绩效自评得分98.10分", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Notes_BlockByBlockFromTheExplanations()
    {
        var run = CliRun.Of("report", Repo.Path("testdata", "huadu-2021", "evaluation.yaml"), "--notes", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# 中共广州市花都区直属机关工作委员会2021年度部门整体支出绩效自评表说明", run.Out, StringComparison.Ordinal);
        Assert.Contains("### （一）整体效能（满分50分，得分42.02分）", run.Out, StringComparison.Ordinal);
        Assert.Contains("3.部门预算资金支出率（满分10分）：得分8.02分。预算执行率 80.20%（执行数 714.07 万元 ÷ 调整后预算 890.33 万元）", run.Out, StringComparison.Ordinal);
        Assert.Contains("未达标原因：对预算执行过程事中监管不够，部分资金未在年内支出", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NotesWithXlsx_IsRefused()
    {
        var run = CliRun.Of("report", Repo.Path("testdata", "huadu-2021", "evaluation.yaml"), "--notes", "--format", "xlsx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--notes", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DirectoryBatch_CountsMarkersPerDocumentAndWarns()
    {
        using var dir = new TempDir();
        foreach (var name in new[] { "huadu-2021", "complete-project-2024" })
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, "in", name));
            File.Copy(Repo.Path("testdata", name, "evaluation.yaml"), Path.Combine(dir.Path, "in", name, "evaluation.yaml"));
        }

        var run = CliRun.Of("report", Path.Combine(dir.Path, "in"), "--format", "md", "-o", Path.Combine(dir.Path, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("成功（完整）\\s*│\\s*1", run.Out);
        Assert.Matches("成功（草稿，有待补内容）\\s*│\\s*1", run.Out);
        Assert.Matches(@"提示：中共广州市花都区直属机关工作委员会-2021\.md：\d+ 处待补内容", run.Err);
        Assert.Matches(@"警告：1 份文件仍有待补内容（共 \d+ 处），是草稿，不能作为终稿提交", run.Err);
    }
}
