using Jixiao.Bench.Synthetic;
using Jixiao.Documents.Import;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// False-positive control: consistent evaluations rendered by the report writer (Markdown), imported
/// back and checked, give their own figures and no 疑似/确定 finding.
/// </summary>
public class FalsePositiveControlTests
{
    private static readonly Evaluation Template = EvaluationSerializer.Parse(File.ReadAllText(Path.Combine(CorpusFiles.Root, "testdata", "huadu-2022", "evaluation.yaml")), "huadu-2022").Value;
    private static readonly Framework Framework = FrameworkCatalog.Get(Template.FrameworkId).Value;

    [Fact]
    public void ImportAndCheck_SixtySyntheticConsistentReports_NoSuspectOrCertain()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var (evaluation, markdown) = SyntheticReports.Department(seed, Template, Framework);
            var d = Assert.Single(PublishedImporter.ImportText(markdown, $"synthetic-{seed}.md").Documents);

            // The importer reads back what the writer wrote.
            Assert.Equal(evaluation.Unit, d.Evaluation.Unit);
            Assert.Equal(evaluation.Year, d.Evaluation.Year);
            Assert.Equal(evaluation.Budget.Adjusted, d.Evaluation.Budget.Adjusted);
            Assert.Equal(evaluation.Budget.Executed, d.Evaluation.Budget.Executed);
            Assert.Equal(evaluation.Budget.ByFunction.Select(f => (f.Name, f.Amount)), d.Evaluation.Budget.ByFunction.Select(f => (f.Name, f.Amount)));
            Assert.Equal(evaluation.Budget.Basic.Executed, d.Evaluation.Budget.Basic.Executed);
            Assert.Equal(evaluation.Narrative.Problems, d.Evaluation.Narrative.Problems);
            var score = Scorer.Score(Framework, evaluation).Value;
            Assert.Equal(score.Total, d.Stated.TotalScore);
            Assert.Equal(score.Grade?.Name, d.Stated.Grade);

            var findings = Checker.Run(d.ToCheckSubject($"synthetic-{seed}.md"), Framework);
            Assert.DoesNotContain(findings, f => f.Severity != Severity.Note);
        }
    }

    [Fact]
    public void ImportAndCheck_SyntheticReportWithWrongTotal_Fires()
    {
        var (_, markdown) = SyntheticReports.Department(7, Template, Framework);
        var broken = markdown.Replace("支出按功能分类：", "支出按功能分类：其他支出100.00万元；", StringComparison.Ordinal);
        var d = Assert.Single(PublishedImporter.ImportText(broken, "broken.md").Documents);
        Assert.Contains(Checker.Run(d.ToCheckSubject("broken.md"), Framework), f => f.Code == "SUM-FUNCTION" && f.Severity == Severity.Certain);
    }
}
