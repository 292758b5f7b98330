using Jixiao.Documents.Markdown;
using Jixiao.Documents.Reports;

namespace Jixiao.Documents.Tests;

/// <summary>Issue 10, "nothing invented": every sentence of every rendered testdata case is input, framework text or a fixed phrase.</summary>
public class InventedSentenceTests
{
    public static TheoryData<string> Cases() => ["haizhu-2022", "huadu-2021", "huadu-2022", "qingshen-2023-filled", "complete-dept-2024", "complete-project-2024"];

    /// <summary>Headings and marker titles: the templates' section titles and the narrative titles (data, not composed text).</summary>
    internal static IEnumerable<string> Headings() =>
        ReportTemplates.All.SelectMany(t => ReportTemplates.Flatten(t.Sections)).Select(s => s.Title)
            .Concat(ReportTemplates.All.Select(t => t.ScoreFirstTitle))
            .Concat(NarrativeFields.All.Select(f => f.Title))
            .Concat(ReportTemplates.All.SelectMany(t => t.Cover is { } c ? c.Fields.SelectMany(f => new[] { f.Label, f.Text ?? string.Empty }).Append(c.Issuer ?? string.Empty).Append(c.Title) : []));

    private static Case Load(string name) => name == "qingshen-2023-filled" ? Case.QingshenFilled() : Case.Load(name);

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_EveryTestdataCase_NoInventedSentence(string name)
    {
        var c = Load(name);
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok());

        var invented = ReportSentences.Invented(md, c.Evaluation, c.Framework, Headings());
        Assert.True(invented.Count == 0, "编造的句子：\n" + string.Join("\n", invented));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToMarkdown_EveryTestdataCaseScoreFirstAndCoverTemplate_NoInventedSentence(string name)
    {
        var c = Load(name);
        var template = ReportTemplates.All.Single(t => t.Id == (c.Evaluation.Kind == Domain.EvaluationKind.Project ? "project-standard" : "department-cover"));
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft with { ScoreFirst = true, Template = template }).Ok());

        var invented = ReportSentences.Invented(md, c.Evaluation, c.Framework, Headings());
        Assert.True(invented.Count == 0, "编造的句子：\n" + string.Join("\n", invented));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Notes_EveryTestdataCase_OnlyExplanationsInputAndFixedPhrases(string name)
    {
        var c = Load(name);
        var md = MarkdownReportWriter.ToMarkdown(TableNotesBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok());
        var explanations = c.Score.Indicators.SelectMany(i => i.Explanation.Inputs.Select(x => x.Value).Append(i.Explanation.Text));

        var invented = ReportSentences.Invented(md, c.Evaluation, c.Framework, Headings().Concat(explanations));
        Assert.True(invented.Count == 0, "编造的句子：\n" + string.Join("\n", invented));
    }

    [Fact]
    public void Invented_FillerSentence_IsCaught()
    {
        var c = Case.Load("huadu-2022");
        var md = MarkdownReportWriter.ToMarkdown(ReportBuilder.Build(c.Evaluation, c.Framework, c.Score, FixedClock.Draft).Ok())
            + "\n本年度无需单独说明的重点任务项目支出。\n";

        var invented = Assert.Single(ReportSentences.Invented(md, c.Evaluation, c.Framework, Headings()));
        Assert.StartsWith("本年度无需单独说明的重点任务项目支出", invented, StringComparison.Ordinal);
    }
}
