using Jixiao.Documents.Import;
using Jixiao.Domain;
using Jixiao.Domain.Checks;
using Jixiao.Domain.Frameworks;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests.Import;

/// <summary>Every corpus file imports with the figures it states, each with its source line; what it lacks is listed as missing.</summary>
public class CorpusImportTests
{
    private static bool IsMissing(ImportedDocument d, string path) => d.Missing.Any(m => m.Path == path);

    [Fact]
    public void Import_Huadu2021Report_StatesBudgetRateScoreAndFunctions()
    {
        var d = CorpusFiles.Single("gz-huadu-jiguan-gongwei-2021-dept-report.txt");
        var e = d.Evaluation;
        Assert.Equal(DocumentKind.DepartmentReport, d.Kind);
        Assert.Equal("中共广州市花都区直属机关工作委员会", e.Unit);
        Assert.Equal(2021, e.Year);
        Assert.Equal(890.33m, e.Budget.Adjusted);
        Assert.Equal(714.07m, e.Budget.Executed);
        Assert.Equal(80.2m, e.Budget.StatedRatePercent);
        Assert.Equal(91.28m, d.Stated.TotalScore);
        Assert.Equal(["一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"], e.Budget.ByFunction.Select(f => f.Name));
        Assert.Equal(714.08m, e.Budget.ByFunction.Sum(f => f.Amount));
        Assert.Equal(642.19m, e.Budget.Basic.Executed);
        Assert.Equal(71.88m, e.Budget.Project.Executed);
        Assert.Equal(51, d.Sources["budget.executed"].Line);
        Assert.Contains("714.07", d.Sources["budget.executed"].Text, StringComparison.Ordinal);
        Assert.Equal(67, d.Sources["stated.totalScore"].Line);
        Assert.Contains("事中监管不够", e.Narrative.Problems, StringComparison.Ordinal);
        Assert.StartsWith("一是科学合理地设置绩效指标", e.Narrative.Measures, StringComparison.Ordinal);

        // The report states no grade: the importer does not make one up.
        Assert.Null(d.Stated.Grade);
        Assert.True(IsMissing(d, "stated.grade"));

        // The sub-project sentence is a stated rate of its own (25 → 24.99, 100.0 %).
        var sub = Assert.Single(d.Stated.Rates);
        Assert.Equal(("党建工委工作经费项目", 25m, 24.99m, 100.0m), (sub.Name, sub.Budget, sub.Executed, sub.RatePercent));
    }

    [Fact]
    public void Import_Huadu2021Report_PdfBreakInsideSentenceJoined()
    {
        var e = CorpusFiles.Single("gz-huadu-jiguan-gongwei-2021-dept-report.txt").Evaluation;
        Assert.Contains("不设党组的基层党组织党员领导干部民主生活会", e.Narrative.Overview, StringComparison.Ordinal);
        Assert.Contains("《广州市花都区2021年度预算绩效管理工作方案》", e.Narrative.Management, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Huadu2021Report_FunctionSumIsRoundingNoteNotError()
    {
        var d = CorpusFiles.Single("gz-huadu-jiguan-gongwei-2021-dept-report.txt");
        var findings = Checker.Run(d.ToCheckSubject("huadu-2021"));
        var sum = Assert.Single(findings, f => f.Code == "SUM-FUNCTION");
        Assert.Equal(Severity.Note, sum.Severity);
        Assert.Contains("714.08", sum.Message, StringComparison.Ordinal);
        Assert.Contains("714.07", sum.Message, StringComparison.Ordinal);
        Assert.Contains(sum.Evidence, ev => ev.Label == "舍入容差" && ev.Value == "0.025");
        Assert.Contains(sum.Evidence, ev => ev.Source.Contains("第 53 行", StringComparison.Ordinal));

        // 80.2 % is right (714.07 / 890.33 = 80.20 %); below 90 % without a reason; score rate outruns execution by 11 points.
        Assert.DoesNotContain(findings, f => f.Code == "RATE-STATED");
        Assert.Contains(findings, f => f.Code == "EXEC-REASON" && f.Severity == Severity.Suspect);
        Assert.Contains(findings, f => f.Code == "MON-OUTRUN");
        Assert.DoesNotContain(findings, f => f.Code == "MON-UNSPENT"); // 19.8 % unspent: just under 20 %
        Assert.Contains(findings, f => f.Code == "GRADE-MISSING" && f.Severity == Severity.Note);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Certain);
    }

    [Fact]
    public void Import_Huadu2022Report_StatesThousandsSeparatedFiguresScoreAndGrade()
    {
        var d = CorpusFiles.Single("gz-huadu-zuzhibu-2022-dept-report.txt");
        var e = d.Evaluation;
        Assert.Equal("中国共产党广州市花都区委员会组织部", e.Unit);
        Assert.Equal(2022, e.Year);
        Assert.Equal(2322.6m, e.Budget.Adjusted);
        Assert.Equal(2233.44m, e.Budget.Executed);
        Assert.Equal(96.2m, e.Budget.StatedRatePercent);
        Assert.Equal(95.16m, d.Stated.TotalScore);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal(77, d.Sources["budget.adjusted"].Line);
        Assert.StartsWith("着力推动新一轮基层党组织建设三年行动计划落实落地", e.OverallGoal, StringComparison.Ordinal);
        Assert.True(IsMissing(d, "budget.byFunction"));
        Assert.True(IsMissing(d, "budget.basic.executed"));
        Assert.Contains("预算精细度不够高", e.Narrative.Problems, StringComparison.Ordinal);

        var findings = Checker.Run(d.ToCheckSubject("huadu-2022"));
        Assert.DoesNotContain(findings, f => f.Code is "RATE-STATED" or "GRADE-MISMATCH" or "EXEC-REASON" or "MON-OUTRUN");
    }

    [Fact]
    public void Import_HaizhuScoreTable_RowsTotalsAndTickedGrade()
    {
        var d = CorpusFiles.Single("gz-haizhu-zuzhibu-2022-dept-scoretable.txt");
        var e = d.Evaluation;
        Assert.Equal(DocumentKind.DepartmentScoreTable, d.Kind);
        Assert.Equal("中国共产党广州市海珠区委员会组织部", e.Unit);
        Assert.Equal(1, e.UnitCount);
        Assert.Equal(2022, e.Year);
        Assert.Equal(1297.59m, e.Budget.Adjusted);
        Assert.Equal(1155.12m, e.Budget.Basic.Budget);
        Assert.Equal(142.47m, e.Budget.Project.Budget);
        Assert.Equal(1297.59m, e.Budget.Basic.Budget + e.Budget.Project.Budget);
        Assert.Equal(105, d.Sources["budget.adjusted"].Line);
        Assert.Equal(99m, d.Stated.TotalScore);
        Assert.Equal(100m, d.Stated.TotalWeight);
        Assert.Equal("优", d.Stated.Grade);
        Assert.Equal(363, d.Sources["stated.grade"].Line);
        Assert.Equal(26, d.Stated.ScoreRows.Count);
        Assert.Equal(100m, d.Stated.ScoreRows.Sum(r => r.Weight));
        Assert.Equal(99m, d.Stated.ScoreRows.Sum(r => r.Score));
        Assert.Equal("部门整体绩效目标产出指标完成情况", d.Stated.ScoreRows[0].Name);
        Assert.Equal("“三公”经费控制情况", d.Stated.ScoreRows[^1].Name);
        Assert.Equal([("履职效能", 50m), ("管理效率", 50m)], d.Stated.Level1Weights.Select(l => (l.Name, l.Amount)));
        Assert.StartsWith("1.深入贯彻落实习近平总书记系列重要讲话和重要指示批示精神，根据", e.OverallGoal, StringComparison.Ordinal);
        Assert.True(IsMissing(d, "budget.executed"));
    }

    [Fact]
    public void Import_HaizhuScoreTable_LostNameReportedMissingNotGuessed()
    {
        var d = CorpusFiles.Single("gz-haizhu-zuzhibu-2022-dept-scoretable.txt");
        var lost = Assert.Single(d.Stated.ScoreRows, r => r.Name is null);
        Assert.Equal((1.5m, 1.5m), (lost.Weight, lost.Score));
        Assert.Equal(259, d.Sources[lost.Path].Line);
        Assert.True(IsMissing(d, lost.Path + ".name"));
        Assert.Equal("2.5.2", lost.LeafCode);

        // Its framework placeholder name is not copied into the document's row.
        Assert.DoesNotContain(d.Stated.ScoreRows, r => r.Name?.Contains("名称缺失", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Score_ImportedHaizhuTable_Gives99AndExcellent()
    {
        var d = CorpusFiles.Single("gz-haizhu-zuzhibu-2022-dept-scoretable.txt");
        Assert.Equal("gz-district-dept-2022", d.Evaluation.FrameworkId);
        var framework = FrameworkCatalog.Get(d.Evaluation.FrameworkId).Value;
        var score = Scorer.Score(framework, d.Evaluation);
        Assert.True(score.IsSuccess, string.Join("；", score.Errors));
        Assert.Equal(99m, score.Value.Total);
        Assert.Equal("优", score.Value.Grade?.Name);
        var rate = score.Value.Find("1.1.3");
        Assert.Equal(9m, rate?.Score);
        Assert.Equal("各项工作开支设置不够细化。", d.Evaluation.Inputs["1.1.3"].Reason);
        Assert.StartsWith("预算执行水平有待进一步提升", d.Evaluation.Inputs["1.1.3"].Measure, StringComparison.Ordinal);

        var findings = Checker.Run(d.ToCheckSubject("haizhu"), framework);
        Assert.DoesNotContain(findings, f => f.Severity != Severity.Note);
    }

    [Fact]
    public void Import_QingshenTable_BudgetBlockAndMissingScores()
    {
        var d = CorpusFiles.Single("sc-qingshen-fgj-2023-project-table.txt");
        var e = d.Evaluation;
        Assert.Equal(DocumentKind.ProjectTable, d.Kind);
        Assert.Equal(("青神县发展和改革局", "青神县发展和改革局本级", 2023), (e.Unit, e.Department, e.Year));
        Assert.Equal(("51000021R000000019951", "工资性支出"), (e.ProjectCode, e.ProjectName));
        Assert.Equal((238.93m, 251.89m, 251.89m, 100.00m), (e.Budget.Initial, e.Budget.Adjusted, e.Budget.Executed, e.Budget.StatedRatePercent));
        Assert.Equal(27, d.Sources["budget.initial"].Line);
        Assert.Equal(10m, d.Stated.ExecutionWeight);
        Assert.Null(d.Stated.ExecutionScore);
        Assert.Null(d.Stated.TotalScore);
        Assert.Equal("sichuan-project", e.FrameworkId);
        Assert.Equal(2, e.Goals.Count);
        Assert.Equal(("发放(缴纳)覆盖率", IndicatorOperator.EqualTo, 100m, "%", 60m), (e.Goals[0].Name, e.Goals[0].Operator, e.Goals[0].Target, e.Goals[0].Unit, e.Goals[0].Weight));
        Assert.Null(e.Goals[0].Score);
        Assert.Null(e.Goals[0].Actual);
        Assert.True(IsMissing(d, "goals[0].actual"));
        Assert.True(IsMissing(d, "stated.totalScore"));

        // Template prompts are not narrative.
        Assert.Null(e.Narrative.Problems);
        Assert.Null(e.GoalCompletion);
        Assert.Null(d.Stated.ExecutionReason);
    }

    [Fact]
    public void Import_DayingFile_TwoTablesFirstAFragment()
    {
        var result = CorpusFiles.Import("sc-daying-sfj-2023-project-tables.txt");
        Assert.Equal(2, result.Documents.Count);
        var (first, second) = (result.Documents[0], result.Documents[1]);
        Assert.True(first.Truncated);
        Assert.True(IsMissing(first, "unit"));
        Assert.True(IsMissing(first, "projectName"));
        var g = Assert.Single(first.Evaluation.Goals);
        Assert.Equal(("成本控制数", IndicatorOperator.AtMost, 30m, "万元", "完成", 90m), (g.Name, g.Operator, g.Target, g.Unit, g.ActualText, g.Score));
        Assert.Equal("无", first.Evaluation.Narrative.Problems);

        Assert.Equal(8, second.FirstLine);
        Assert.Equal(("大英县司法局", "2023年全县安可替代补助资金项目", 2023), (second.Evaluation.Unit, second.Evaluation.ProjectName, second.Evaluation.Year));
        Assert.Equal((0.00m, 3.36m, 3.36m, 100.00m), (second.Evaluation.Budget.Initial, second.Evaluation.Budget.Adjusted, second.Evaluation.Budget.Executed, second.Evaluation.Budget.StatedRatePercent));
        Assert.Equal(10m, second.Stated.ExecutionScore);
        Assert.True(second.Truncated);
        Assert.True(IsMissing(second, "goals[0].weight"));
    }

    [Fact]
    public void Import_ChizhouTable_ZeroTotalsAgainstFiscalLineAndCutRow()
    {
        var d = CorpusFiles.Single("ah-chizhou-tangxi-2022-project-table.txt");
        var e = d.Evaluation;
        Assert.Equal(("池州市贵池区棠溪镇人民政府", "委托业务项目", 2022), (e.Unit, e.ProjectName, e.Year));
        // The 年度资金总额 row is an unfilled template (0 0 0 10 0 0): the totals are those of the one fund row with money.
        Assert.Equal((90m, 89.974m, 89.974m), (e.Budget.Initial, e.Budget.Adjusted, e.Budget.Executed));
        Assert.Null(e.Budget.StatedRatePercent);
        Assert.Contains(d.Inferred, i => i.Path == "budget.adjusted" && i.Note.Contains("未填", StringComparison.Ordinal));
        var fiscal = Assert.Single(e.Budget.BySource);
        Assert.Equal(("本年财政拨款", 90m, 89.974m, 89.974m), (fiscal.Name, fiscal.Initial, fiscal.Adjusted, fiscal.Executed));
        Assert.Equal(9, e.Goals.Count);
        Assert.Equal(("基建工程委托业务项目数量", IndicatorOperator.AtLeast, 50m, "个", 50m, 8m), (e.Goals[0].Name, e.Goals[0].Operator, e.Goals[0].Target, e.Goals[0].Unit, e.Goals[0].Actual, e.Goals[0].Weight));
        Assert.Equal(("项目总成本", "成本指标", IndicatorOperator.AtMost, 90m), (e.Goals[4].Name, e.Goals[4].Level2, e.Goals[4].Operator, e.Goals[4].Target));
        Assert.Equal(QualitativeAnswer.Achieved, e.Goals[2].Answer);
        Assert.True(d.Truncated);
        Assert.True(IsMissing(d, "goals[9]"));
        Assert.Equal([("产出指标", 50m), ("效益指标", 30m), ("满意度指标", 10m)], d.Stated.Level1Weights.Select(l => (l.Name, l.Amount)));

        var findings = Checker.Run(d.ToCheckSubject("chizhou"));
        Assert.DoesNotContain(findings, f => f.Code == "SUM-SOURCE" && f.Severity == Severity.Certain);
        Assert.DoesNotContain(findings, f => f.Code == "WEIGHT-SUM" && f.Severity != Severity.Note);
    }

    [Fact]
    public void Import_TianchangTable_PlaceholdersSkippedLevel1Inferred()
    {
        var d = CorpusFiles.Single("ah-tianchang-slj-2022-project-table.txt");
        var e = d.Evaluation;
        Assert.Equal(("天长市水利局", "水旱灾害防御经费", 2022), (e.Unit, e.ProjectName, e.Year));
        Assert.Equal((880m, 880m, 880m), (e.Budget.Initial, e.Budget.Adjusted, e.Budget.Executed));
        Assert.Equal(10m, d.Stated.ExecutionScore);
        Assert.Null(e.Budget.StatedRatePercent);
        Assert.Equal(100m, d.Stated.TotalScore);
        Assert.Equal(9, e.Goals.Count);
        Assert.DoesNotContain(e.Goals, g => g.Name.Length == 0 || g.Name.Contains("指标2", StringComparison.Ordinal) || g.Name == "/");
        Assert.Equal("可持续影响指标", e.Goals[7].Level2);
        Assert.Equal("服务对象满意度指标", e.Goals[8].Level2);
        Assert.Equal(("产出指标", "数量指标"), (e.Goals[0].Level1, e.Goals[0].Level2));
        Assert.Contains(d.Inferred, i => i.Path == "goals[0].level1");
        Assert.True(IsMissing(d, "stated.level1Weights[0].name"));
        Assert.True(IsMissing(d, "goals[2].target"));
        Assert.Equal(90m, e.Goals.Sum(g => g.Weight));
        Assert.Equal(90m, e.Goals.Sum(g => g.Score ?? 0m));

        var findings = Checker.Run(d.ToCheckSubject("tianchang"));
        Assert.DoesNotContain(findings, f => f.Code is "SCORE-SUM" or "EXEC-SCORE" or "WEIGHT-SUM");
        Assert.Contains(findings, f => f.Code == "LINT-SATISFACTION-100");
        Assert.Contains(findings, f => f.Code == "LINT-NO-NUMBER" && f.Message.Contains("工程质量合格", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_YueyangCover_UnitCodeYearAndCutOff()
    {
        var d = CorpusFiles.Single("hn-yueyang-szcg-2018-dept-report.txt");
        Assert.Equal(("岳阳市城市管理监督指挥中心", "906017", 2018), (d.Evaluation.Unit, d.Evaluation.UnitCode, d.Evaluation.Year));
        Assert.StartsWith("负责全市数字化城市管理监督", d.Evaluation.Narrative.Overview, StringComparison.Ordinal);
        Assert.True(d.Truncated);
        Assert.Null(d.Stated.TotalScore);
        Assert.True(IsMissing(d, "stated.totalScore"));
        Assert.True(IsMissing(d, "budget.executed"));
    }

    [Fact]
    public void Import_EveryCorpusFile_NoScoreInventedAndEveryFieldSourced()
    {
        foreach (var file in CorpusFiles.All())
        {
            var result = PublishedImporter.ImportFile(file);

            // A file the reader does not recognise says so (the measure counts its facts as missed), never silently nothing.
            Assert.True(result.Documents.Count > 0 || result.Warnings.Any(w => w.Contains("未识别", StringComparison.Ordinal)), file);
            var text = File.ReadAllText(file);
            foreach (var d in result.Documents)
            {
                if (d.Stated.TotalScore is { } s)
                {
                    Assert.Contains(Money.FormatShort(s), text, StringComparison.Ordinal);
                    Assert.True(d.Sources.ContainsKey("stated.totalScore"), file);
                }

                foreach (var (path, value) in new (string, decimal?)[] { ("budget.adjusted", d.Evaluation.Budget.Adjusted), ("budget.executed", d.Evaluation.Budget.Executed), ("budget.initial", d.Evaluation.Budget.Initial) })
                {
                    Assert.True(value is null || d.Sources.ContainsKey(path), $"{file}: {path}");
                }

                foreach (var source in d.Sources.Values)
                {
                    Assert.InRange(source.Line, 1, result.LineCount);
                }
            }
        }
    }
}
