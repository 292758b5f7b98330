using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;
using Jixiao.Domain.Frameworks;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>Every check fires on a subject made to break it and keeps quiet on a consistent one.</summary>
public class CheckerTests
{
    /// <summary>A consistent department evaluation: 1,000 budget, 950 executed (95.0 %), parts adding up, score 95 → 优.</summary>
    internal static CheckSubject Consistent() => new()
    {
        Name = "consistent.txt",
        Evaluation = new Evaluation
        {
            Unit = "某某区某某局",
            Year = 2023,
            Kind = EvaluationKind.Department,
            FrameworkId = string.Empty,
            Budget = new BudgetFigures
            {
                Initial = 900.00m,
                Adjusted = 1000.00m,
                Executed = 950.00m,
                StatedRatePercent = 95.0m,
                Basic = new BudgetLine(600.00m, 580.00m),
                Project = new BudgetLine(400.00m, 370.00m),
                Personnel = new BudgetLine(null, 500.00m),
                PublicExpense = new BudgetLine(null, 80.00m),
                ByFunction = [new NamedAmount("一般公共服务支出", 900.00m), new NamedAmount("住房保障支出", 50.00m)],
                IncomeBySource = [new NamedAmount("一般公共预算财政拨款", 990.00m), new NamedAmount("其他收入", 10.00m)],
            },
            Goals =
            [
                new GoalIndicator { Level1 = "产出指标", Level2 = "数量指标", Name = "培训人次", Operator = IndicatorOperator.AtLeast, Target = 500m, TargetText = "≥500人次", Unit = "人次", Actual = 520m, Weight = 50m, Score = 50m },
                new GoalIndicator { Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "参训人员满意度", Operator = IndicatorOperator.AtLeast, Target = 90m, TargetText = "≥90%", Unit = "%", Actual = 96m, Weight = 40m, Score = 40m, Basis = "问卷调查 300 份" },
            ],
            Narrative = new Narrative { Finances = "年中追加预算 100 万元用于培训。", Problems = "预算编制不够精细。", Measures = "细化预算编制。" },
        },
        Stated = new StatedFigures { TotalScore = 99.5m, Grade = "优", TotalWeight = 100m, ExecutionScore = 9.5m, ExecutionWeight = 10m, TotalIncome = 1000.00m },
    };

    private static CheckSubject With(Func<Evaluation, Evaluation>? e = null, Func<StatedFigures, StatedFigures>? s = null, IReadOnlyList<string>? missing = null)
    {
        var c = Consistent();
        return c with
        {
            Evaluation = e?.Invoke(c.Evaluation) ?? c.Evaluation,
            Stated = s?.Invoke(c.Stated) ?? c.Stated,
            Missing = missing ?? [],
        };
    }

    private static Evaluation Budget(Evaluation e, Func<BudgetFigures, BudgetFigures> f) => e with { Budget = f(e.Budget) };

    private static Evaluation Goal0(Evaluation e, Func<GoalIndicator, GoalIndicator> f) => e with { Goals = [f(e.Goals[0]), .. e.Goals.Skip(1)] };

    public static TheoryData<string, Severity> Firing => new()
    {
        { "SUM-FUNCTION", Severity.Certain },
        { "SUM-NATURE", Severity.Suspect },
        { "SUM-BASIC", Severity.Certain },
        { "SUM-INCOME", Severity.Certain },
        { "SUM-SOURCE", Severity.Certain },
        { "RATE-STATED", Severity.Certain },
        { "RATE-RANGE", Severity.Suspect },
        { "EXEC-SCORE", Severity.Certain },
        { "SCORE-SUM", Severity.Certain },
        { "SCORE-RANGE", Severity.Certain },
        { "WEIGHT-SUM", Severity.Certain },
        { "GRADE-MISMATCH", Severity.Certain },
        { "GRADE-MISSING", Severity.Note },
        { "STATED-CONFLICT", Severity.Certain },
        { "EXEC-REASON", Severity.Suspect },
        { "MON-OUTRUN", Severity.Suspect },
        { "MON-UNSPENT", Severity.Suspect },
        { "ADJUST-UNEXPLAINED", Severity.Suspect },
        { "REASON-MISSING", Severity.Suspect },
        { "MEASURE-MISSING", Severity.Note },
        { "OVER-ACHIEVE", Severity.Suspect },
        { "NEGATIVE-VALUE", Severity.Certain },
    };

    private static CheckSubject Broken(string code) => code switch
    {
        "SUM-FUNCTION" => With(e => Budget(e, b => b with { ByFunction = [new NamedAmount("一般公共服务支出", 800.00m), new NamedAmount("住房保障支出", 50.00m)] })),
        "SUM-NATURE" => With(e => Budget(e, b => b with { Project = b.Project with { Executed = 373.00m } })),
        "SUM-BASIC" => With(e => Budget(e, b => b with { PublicExpense = new BudgetLine(null, 60.00m) })),
        "SUM-INCOME" => With(s: s => s with { TotalIncome = 900.00m }),
        "SUM-SOURCE" => With(e => Budget(e, b => b with { BySource = [new FundSourceLine("财政资金", 900.00m, 1000.00m, 900.00m)] })),
        "RATE-STATED" => With(e => Budget(e, b => b with { StatedRatePercent = 99.0m })),
        "RATE-RANGE" => With(e => Budget(e, b => b with { Executed = 1150.00m, StatedRatePercent = 115.0m, ByFunction = [], Basic = new BudgetLine(), Project = new BudgetLine() }), s => s with { ExecutionScore = 10m }),
        "EXEC-SCORE" => With(s: s => s with { ExecutionScore = 7m, TotalScore = 97m }),
        "SCORE-SUM" => With(s: s => s with { TotalScore = 97m, Grade = "优" }),
        "SCORE-RANGE" => With(e => Goal0(e, g => g with { Score = 55m })),
        "WEIGHT-SUM" => With(s: s => s with { TotalWeight = 110m }),
        "GRADE-MISMATCH" => With(s: s => s with { Grade = "良" }),
        "GRADE-MISSING" => With(s: s => s with { Grade = null }),
        "STATED-CONFLICT" => With(s: s => s with { Variants = [new StatedVariant("totalScore", 95m, "第 3 行", 93m, "第 40 行")] }),
        "EXEC-REASON" => With(e => Budget(e, b => b with { Executed = 850.00m, StatedRatePercent = 85.0m, ByFunction = [], Basic = new BudgetLine(), Project = new BudgetLine() }), s => s with { ExecutionScore = 8.5m, TotalScore = 98.5m }),
        "MON-OUTRUN" => With(e => Budget(e, b => b with { Executed = 880.00m, StatedRatePercent = 88.0m, ByFunction = [], Basic = new BudgetLine(), Project = new BudgetLine() }), s => s with { ExecutionScore = 8.8m, TotalScore = 98.8m, Grade = "优" }),
        "MON-UNSPENT" => With(e => Budget(e, b => b with { Executed = 700.00m, StatedRatePercent = 70.0m, ByFunction = [], Basic = new BudgetLine(), Project = new BudgetLine() }), s => s with { ExecutionScore = 7m, TotalScore = 97m }),
        "ADJUST-UNEXPLAINED" => With(e => Budget(e with { Narrative = e.Narrative with { Finances = null } }, b => b with { Initial = 500.00m })),
        "REASON-MISSING" => With(e => Goal0(e, g => g with { Actual = 450m, Score = 45m }), s => s with { TotalScore = 94.5m }),
        "MEASURE-MISSING" => With(e => Goal0(e, g => g with { Actual = 450m, Score = 45m, Reason = "疫情停课" }), s => s with { TotalScore = 94.5m }),
        "OVER-ACHIEVE" => With(e => Goal0(e, g => g with { Actual = 900m })),
        "NEGATIVE-VALUE" => With(e => Budget(e, b => b with { Initial = -5.00m })),
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>Checks that a break legitimately trips as well (an unmet goal also lowers the score rate …).</summary>
    private static string[] Companions(string code) => code switch
    {
        "RATE-RANGE" => ["EXEC-SCORE"],
        "SCORE-RANGE" => ["SCORE-SUM", "MON-OUTRUN"],
        "REASON-MISSING" or "MEASURE-MISSING" => [],
        "MON-OUTRUN" or "MON-UNSPENT" or "EXEC-REASON" => ["EXEC-REASON", "MON-OUTRUN", "MON-UNSPENT"],
        "NEGATIVE-VALUE" => ["ADJUST-UNEXPLAINED"],
        _ => [],
    };

    [Fact]
    public void Run_ConsistentSubject_NoFindings()
    {
        var findings = Checker.Run(Consistent());
        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(Firing))]
    public void Run_BrokenSubject_FiresWithSeverityAndEvidence(string code, Severity severity)
    {
        var findings = Checker.Run(Broken(code));
        var f = Assert.Single(findings, x => x.Code == code);
        Assert.DoesNotContain(findings, x => x.Code != code && x.Severity != Severity.Note && !Companions(code).Contains(x.Code));
        Assert.Equal(severity, f.Severity);
        Assert.NotEmpty(f.Message);
        Assert.True(Checker.Codes.ContainsKey(code));
        Assert.True(code is "STATED-CONFLICT" or "GRADE-MISSING" or "NEGATIVE-VALUE" || f.Evidence.Count >= 2, "evidence names the values");
    }

    [Theory]
    [MemberData(nameof(Firing))]
    public void Run_Disabled_CodeQuiet(string code, Severity severity)
    {
        _ = severity;
        var framework = new Framework
        {
            Id = "t",
            Name = "t",
            Kind = EvaluationKind.Department,
            Indicators = [new IndicatorNode { Code = "1", Name = "x", Weight = 100m }],
            Settings = new FrameworkSettings { Checks = new CheckSettings { Disabled = [code] } },
        };
        Assert.DoesNotContain(Checker.Run(Broken(code), framework), f => f.Code == code);
    }

    [Fact]
    public void Run_SumWithinRounding_NoteNotError()
    {
        // 523.39 + 142.46 + 5.01 + 43.22 = 714.08 against a stated 714.07 (Huadu 2021).
        var subject = With(e => Budget(e, b => b with
        {
            Adjusted = 890.33m,
            Executed = 714.07m,
            StatedRatePercent = 80.2m,
            ByFunction = [new("一般公共服务支出", 523.39m), new("社会保障和就业支出", 142.46m), new("卫生健康支出", 5.01m), new("住房保障支出", 43.22m)],
            Basic = new BudgetLine(null, 642.19m),
            Project = new BudgetLine(null, 71.88m),
            Personnel = new BudgetLine(),
            PublicExpense = new BudgetLine(),
        }));
        var f = Assert.Single(Checker.Run(subject), x => x.Code == "SUM-FUNCTION");
        Assert.Equal(Severity.Note, f.Severity);
        Assert.Contains(f.Evidence, e => e.Label == "舍入容差" && e.Value == "0.025");
        Assert.Contains(f.Evidence, e => e.Label.StartsWith("支出按功能分类合计", StringComparison.Ordinal) && e.Value == "714.08");
    }

    [Fact]
    public void Run_RateWithinItsDecimals_Quiet()
    {
        // 2,233.44 / 2,322.6 = 96.161 %, written 96.2 %: within half a unit of the written decimal.
        var subject = With(e => Budget(e, b => b with { Adjusted = 2322.6m, Executed = 2233.44m, StatedRatePercent = 96.2m, ByFunction = [], Basic = new BudgetLine(), Project = new BudgetLine() }),
            s => s with { ExecutionScore = null, ExecutionWeight = null });
        Assert.DoesNotContain(Checker.Run(subject), f => f.Code == "RATE-STATED");
    }

    [Fact]
    public void Run_RateOnInitialBudget_Note()
    {
        var subject = With(e => Budget(e, b => b with { StatedRatePercent = 105.6m, ByFunction = [] }), s => s with { ExecutionScore = null });
        var f = Assert.Single(Checker.Run(subject), x => x.Code == "RATE-STATED");
        Assert.Equal(Severity.Note, f.Severity);
        Assert.Contains("年初预算", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GradeAtNinetyExactly_IsExcellent()
    {
        var subject = With(s: s => s with { TotalScore = 90.00m, Grade = "优" }, e: e => e with { Goals = [] });
        Assert.DoesNotContain(Checker.Run(subject), f => f.Code == "GRADE-MISMATCH");
        var wrong = With(s: s => s with { TotalScore = 90.00m, Grade = "良" }, e: e => e with { Goals = [] });
        Assert.Contains(Checker.Run(wrong), f => f.Code == "GRADE-MISMATCH");
    }

    [Fact]
    public void Run_StatedScoreAgainstFramework_ScoreStatedFires()
    {
        var framework = FrameworkCatalog.Get("gz-district-dept-2022").Value;
        var evaluation = EvaluationSerializer.Parse(Repo.Read("testdata", "haizhu-2022", "evaluation.yaml"), "haizhu").Value;
        var quiet = new CheckSubject { Name = "h", Evaluation = evaluation, Stated = new StatedFigures { TotalScore = 99m, Grade = "优" } };
        Assert.DoesNotContain(Checker.Run(quiet, framework), f => f.Code is "SCORE-STATED" or "GRADE-MISMATCH");

        var loud = quiet with { Stated = new StatedFigures { TotalScore = 97m, Grade = "优" } };
        var f = Assert.Single(Checker.Run(loud, framework), x => x.Code == "SCORE-STATED");
        Assert.Equal(Severity.Certain, f.Severity);
        Assert.Contains(f.Evidence, e => e.Label == "总分（重算）" && e.Value == "99");
    }
}

/// <summary>Check settings are part of a framework file (settings.checks).</summary>
public class CheckSettingsLoaderTests
{
    [Fact]
    public void Parse_FrameworkWithChecksSection_SettingsRead()
    {
        var yaml = """
            id: test-checks
            name: 测试评分表
            kind: 部门整体
            settings:
              checks:
                disabled: [LINT-VAGUE, MON-OUTRUN]
                scoreOutrunPoints: 8
                vagueWords: [稳步推进]
                recycledContainment: 0.7
            indicators:
              - code: "1"
                name: 履职效能
                weight: 100
                rule: compliance
            """;
        var f = FrameworkLoader.Parse(yaml, "test.yaml");
        Assert.True(f.IsSuccess, string.Join("；", f.Errors));
        var c = f.Value.Settings.Checks;
        Assert.Equal(["LINT-VAGUE", "MON-OUTRUN"], c.Disabled);
        Assert.Equal(8m, c.ScoreOutrunPoints);
        Assert.Equal(["稳步推进"], c.VagueWords);
        Assert.Equal(0.7m, c.RecycledContainment);
        Assert.Equal(20m, c.UnspentPercent);
        Assert.False(c.IsEnabled("MON-OUTRUN"));
    }

    [Fact]
    public void Parse_UnknownCheckSetting_Error()
    {
        var yaml = """
            id: test-checks
            name: 测试评分表
            kind: 部门整体
            settings:
              checks:
                nonsense: 1
            indicators:
              - code: "1"
                name: 履职效能
                weight: 100
                rule: compliance
            """;
        var f = FrameworkLoader.Parse(yaml, "test.yaml");
        Assert.False(f.IsSuccess);
        Assert.Contains(f.Errors, e => e.Path.Contains("settings.checks", StringComparison.Ordinal));
    }
}

/// <summary>The checks that need a framework: weights against its leaves, and a total it cannot recompute.</summary>
public class FrameworkCheckTests
{
    private static readonly Framework Gz = FrameworkCatalog.Get("gz-district-dept-2022").Value;

    private static Evaluation Haizhu() => EvaluationSerializer.Parse(Repo.Read("testdata", "haizhu-2022", "evaluation.yaml"), "haizhu").Value;

    [Fact]
    public void Run_RowWeightDiffersFromFramework_WeightFrameworkFires()
    {
        CheckSubject Subject(decimal weight) => new()
        {
            Name = "t",
            Evaluation = Haizhu(),
            Stated = new StatedFigures { ScoreRows = [new StatedScoreRow("部门预算资金支出率", weight, 9m, "stated.scoreRows[2]") { LeafCode = "1.1.3" }] },
        };
        var f = Assert.Single(Checker.Run(Subject(12m), Gz), x => x.Code == "WEIGHT-FRAMEWORK");
        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.DoesNotContain(Checker.Run(Subject(10m), Gz), x => x.Code == "WEIGHT-FRAMEWORK");
    }

    [Fact]
    public void Run_StatedTotalWithoutInputs_ScoreUnverifiedNote()
    {
        var bare = new CheckSubject
        {
            Name = "t",
            Evaluation = new Evaluation { Unit = "某局", Year = 2022, Kind = EvaluationKind.Department, FrameworkId = Gz.Id },
            Stated = new StatedFigures { TotalScore = 95m, Grade = "优" },
        };
        var f = Assert.Single(Checker.Run(bare, Gz), x => x.Code == "SCORE-UNVERIFIED");
        Assert.Equal(Severity.Note, f.Severity);
        Assert.DoesNotContain(Checker.Run(bare with { Evaluation = Haizhu(), Stated = new StatedFigures { TotalScore = 99m, Grade = "优" } }, Gz), x => x.Code == "SCORE-UNVERIFIED");
    }
}

/// <summary>A framework leaf that lost points needs an 未达标原因, like an unmet goal (issue 10 point 6).</summary>
public class LostPointsReasonTests
{
    private static readonly Framework Gz = FrameworkCatalog.Get("gz-district-dept-2022").Value;

    private static Evaluation Haizhu() => EvaluationSerializer.Parse(Repo.Read("testdata", "haizhu-2022", "evaluation.yaml"), "haizhu").Value;

    private static Evaluation WithInput(string code, Func<LeafInput, LeafInput> change)
    {
        var e = Haizhu();
        var inputs = new Dictionary<string, LeafInput>(e.Inputs, StringComparer.Ordinal) { [code] = change(e.Inputs[code]) };
        return e with { Inputs = inputs };
    }

    [Fact]
    public void Run_HaizhuExpenditureRateWithReason_Quiet()
    {
        var findings = Checker.Run(new CheckSubject { Name = "h", Evaluation = Haizhu() }, Gz);
        Assert.DoesNotContain(findings, f => f.Code is "REASON-MISSING" or "MEASURE-MISSING");
    }

    [Fact]
    public void Run_HaizhuExpenditureRateNineOfTenWithoutReason_ReasonMissing()
    {
        var evaluation = WithInput("1.1.3", i => i with { Reason = null });
        var f = Assert.Single(Checker.Run(new CheckSubject { Name = "h", Evaluation = evaluation }, Gz), x => x.Code == "REASON-MISSING");
        Assert.Equal(Severity.Suspect, f.Severity);
        Assert.Equal("inputs.1.1.3.reason", f.Path);
        Assert.Contains("部门预算资金支出率", f.Message, StringComparison.Ordinal);
        Assert.Contains("失 1 分", f.Message, StringComparison.Ordinal);
        Assert.Contains(f.Evidence, e => e.Label == "得分（重算）" && e.Value == "9");
    }

    [Fact]
    public void Run_HaizhuReasonWithoutMeasure_MeasureMissingNote()
    {
        var evaluation = WithInput("1.1.3", i => i with { Measure = null });
        var f = Assert.Single(Checker.Run(new CheckSubject { Name = "h", Evaluation = evaluation }, Gz), x => x.Code == "MEASURE-MISSING");
        Assert.Equal(Severity.Note, f.Severity);
    }

    [Fact]
    public void Run_ScoreRowAlreadyFlagged_NotFlaggedTwice()
    {
        var evaluation = WithInput("1.1.3", i => i with { Reason = null });
        var subject = new CheckSubject
        {
            Name = "h",
            Evaluation = evaluation,
            Stated = new StatedFigures { ScoreRows = [new StatedScoreRow("部门预算资金支出率", 10m, 9m, "stated.scoreRows[2]") { LeafCode = "1.1.3" }] },
        };
        Assert.Single(Checker.Run(subject, Gz), x => x.Code == "REASON-MISSING");
    }
}
