using Jixiao.Domain.Checks;
using Jixiao.Domain.Evaluations;

namespace Jixiao.Domain.Tests.Checks;

/// <summary>The checks of what the text says, on narrative sections and on document lines: what fires and what must not.</summary>
public class TextCheckTests
{
    private static CheckSubject Lines(params string[] lines) => new()
    {
        Name = "t.txt",
        Evaluation = new Evaluation { Unit = "某局", Year = 2022, Kind = EvaluationKind.Department, FrameworkId = string.Empty },
        Text = [.. lines.Select((l, i) => new SourceLine(i + 1, l))],
    };

    private static List<Finding> Run(CheckSubject s, string code) => [.. Checker.Run(s).Where(f => f.Code == code)];

    [Theory]
    [InlineData("公用经费控制率<0。", Severity.Suspect)]
    [InlineData("公用经费控制率 小于0", Severity.Suspect)]
    [InlineData("项目资金执行率为-12.5%。", Severity.Certain)]
    [InlineData("服务对象满意度达到 230%。", Severity.Certain)]
    [InlineData("部门预算资金支出率为 118.6%。", Severity.Suspect)]
    public void Run_ImpossibleRateInText_TextRate(string line, Severity severity)
    {
        var f = Assert.Single(Run(Lines(line), "TEXT-RATE"));
        Assert.Equal(severity, f.Severity);
        Assert.StartsWith("第 1 行", f.Evidence[0].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GDP增长率为-12.5%。")]
    [InlineData("支出较上年下降12.5%，执行率为96.5%。")]
    [InlineData("满意度在90-100%之间。")]
    [InlineData("预算执行率为95.1%，较上年增长120%。")]
    [InlineData("公用经费控制率 2 反映部门对机构运转成本的实际控制程度。")]
    [InlineData("完成率为135%。")]
    [InlineData("项目(工程)验收合格率20100%100%20时效指标")]
    [InlineData("指标1:日常参观展示设备的使用率 | 80%以上 | 70%-80% | 60% - 70% | 60%以下")]
    [InlineData("新建楼堂馆所面积控制率5100%计满分,每低于5%扣2分")] // a scoring rule quoted in a score table, a weight run into it
    [InlineData("预算执行率 200% 以上扣分")]
    public void Run_PlausibleOrOtherRates_Quiet(string line) => Assert.Empty(Run(Lines(line), "TEXT-RATE"));

    [Fact]
    public void Run_RateInNarrativeOfOwnEvaluation_TextRateWithSectionSource()
    {
        var s = Lines() with { Evaluation = Lines().Evaluation with { Narrative = new Narrative { Management = "日常管理规范。\n公用经费控制率<0。" } } };
        var f = Assert.Single(Run(s, "TEXT-RATE"));
        Assert.StartsWith("narrative.management 第 2 行", f.Evidence[0].Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.00万元，项目支出450.00万元。", "TEXT-SUM", Severity.Certain)]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.00万元，项目支出350.00万元。", "TEXT-SUM", Severity.Suspect)]
    [InlineData("收入总额1.2亿元，其中财政拨款8,000万元，其他收入5,000万元。", "TEXT-SUM", Severity.Certain)]
    // A part named before its own colon and amount is still a part.
    [InlineData("资金总额200万元，其中中央资金:100万元，省级资金:50万元。", "TEXT-SUM", Severity.Suspect)]
    // A bracketed 其中 whose own parts overrun its total is still found.
    [InlineData("年度总支出为1000万元(其中:基本支出600万元;项目支出500万元);其他支出30万元。", "TEXT-SUM", Severity.Certain)]
    public void Run_PartsNotAddingUp_TextSum(string line, string code, Severity severity)
    {
        var f = Assert.Single(Run(Lines(line), code));
        Assert.Equal(severity, f.Severity);
    }

    [Theory]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.00万元，项目支出400.00万元。")]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.0万元，项目支出400.04万元。")]
    [InlineData("支出合计1,000.00万元，其中主要用于：培训费100.00万元，会议费50.00万元。")]
    [InlineData("支出合计1,000.00万元，其中：办公费100.00万元，印刷费50.00万元等。")]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.00万元（其中人员经费500.00万元），项目支出400.00万元。")]
    [InlineData("支出合计1,000.00万元，其中：基本支出600.00万元。")]
    // A category named before a colon, its members listed after it: a subset of the total, not its parts.
    [InlineData("2021年部门预算总计100.46万元,其中项目资金两项:妇女儿童事业发展专项经费34.5万元,占部门预算数的34.34%;婚姻调解工作经费5.8万元,占部门预算数的5.77%。")]
    // A part broken down in turn (本年收入…，主要是…): two levels, not one list.
    [InlineData("2026年收入合计2046.61万元，其中：本年收入2046.61万元，主要是一般公共预算拨款2021.56万元，政府性基金预算拨款25.05万元；上年结转收入0万元。")]
    // A part whose amount has no unit: the list cannot be summed, so nothing is said.
    [InlineData("2026年支出合计2046.61万元，其中：一般公共服务支出795.93万元，教育支出5.98万元，文化旅游体育与传媒支出92.65")]
    // Parts not read as a name and an amount (a year in the name): the list cannot be summed either.
    [InlineData("2021年、2022年中央及省级资金共计1838247万元,其中2021年省级资金248000万元、中央资金597784万元,2022年省级资金316390万元、中央资金676073万元。")]
    // Another whole after the parts (年度总支出) ends them.
    [InlineData("2022年本单位总收入为207.79万元，其中一般公共财政拨款预算收入155.11万元，其他收入52.68万元，年度总支出为774.59万元。")]
    // A 其中 opened in a bracket ends at its close: the next clause's figures are no parts (hn-yiyang-nanxian-jyfwzx-2020).
    [InlineData("年度总支出为1542.14万元(其中:基本支出247.28万元,占单位总支出的16.04%;项目支出1294.86万元,占单位总支出的83.96%);一般公共财政拨款预算支出为165.16万元(其中社会保障和就业支出156.88万元,卫生健康支出8.28万元)。")]
    public void Run_PartsAddingUpOrOpenList_Quiet(string line) => Assert.Empty(Run(Lines(line), "TEXT-SUM"));

    [Fact]
    public void Run_ListCutWhereTheTextEnds_NoSuspectShortfallButStillAnOverrun()
    {
        // A published excerpt cut inside its last sentence (…其中,社会保障和就业支出2.58万元,卫生健康支出1.22万元, ⟨end⟩): the list may
        // go on past the cut, so parts short of the total say nothing; the same list in a whole text is still suspect.
        const string cut = "2025年支出预算316.69万元,其中,社会保障和就业支出2.58万元,卫生健康支出1.22万元,";
        var truncated = Lines(cut) with { Missing = ["document"] };
        Assert.Empty(Run(truncated, "TEXT-SUM"));
        // …and the coverage says that list was not checked, never a silent all-clear.
        var text = Assert.Single(Checker.Review(truncated).Coverage.Items, i => i.Family == CheckFamilies.Text);
        Assert.Contains("第 1 行其中所列分项到文本截断处为止，未核对其和", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("未核对其和", Assert.Single(Checker.Review(Lines(cut)).Coverage.Items, i => i.Family == CheckFamilies.Text).Text, StringComparison.Ordinal);
        Assert.Single(Run(Lines(cut), "TEXT-SUM"));
        // Parts over the total are an error however the list ends.
        Assert.Single(Run(Lines("2025年支出预算316.69万元,其中,教育支出300万元,卫生健康支出20万元,") with { Missing = ["document"] }, "TEXT-SUM"));
    }

    private static CheckSubject Spending(decimal initial, decimal? adjusted, decimal executed, params string[] lines) => Lines(lines) with
    {
        Evaluation = Lines().Evaluation with { Budget = new BudgetFigures { Initial = initial, Adjusted = adjusted, Executed = executed } },
    };

    [Fact]
    public void Run_SpendingFarAboveInitialNoAdjustment_SuspectAndNoDuplicateRateRange()
    {
        var findings = Checker.Run(Spending(100m, null, 205m, "全年各项工作顺利完成。"));
        Assert.Equal(Severity.Suspect, Assert.Single(findings, f => f.Code == "SPEND-OVER-INITIAL").Severity);
        Assert.DoesNotContain(findings, f => f.Code == "RATE-RANGE");
    }

    [Fact]
    public void Run_SpendingFarAboveInitialWithClaim_Certain() =>
        Assert.Equal(Severity.Certain, Assert.Single(Checker.Run(Spending(100m, null, 205m, "全年支出均未超出预算。")), f => f.Code == "SPEND-OVER-INITIAL").Severity);

    [Fact]
    public void Run_NegatedClaim_NotAClaim() =>
        Assert.Equal(Severity.Suspect, Assert.Single(Checker.Run(Spending(100m, null, 205m, "部分支出不在预算范围内，原因是年中新增任务。")), f => f.Code == "SPEND-OVER-INITIAL").Severity);

    [Fact]
    public void Run_SpendingFarAboveInitialWithTheAdditionStatedInAnySentence_SaysTheTextMentionsIt()
    {
        var f = Assert.Single(Checker.Run(Spending(15m, null, 65m, "项目为年初部门预算15万元,年中转移支付追加50万元。")), f => f.Code == "SPEND-OVER-INITIAL");
        Assert.Contains("文中提到预算调整", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SpendingBelowThreshold_Quiet() =>
        Assert.DoesNotContain(Checker.Run(Spending(100m, null, 140m, "支出控制在预算范围内。")), f => f.Code == "SPEND-OVER-INITIAL");

    [Fact]
    public void Run_ThresholdIsASetting()
    {
        var framework = new Jixiao.Domain.Frameworks.Framework
        {
            Id = "t",
            Name = "t",
            Kind = EvaluationKind.Department,
            Indicators = [new Jixiao.Domain.Frameworks.IndicatorNode { Code = "1", Name = "x", Weight = 100m }],
            Settings = new Jixiao.Domain.Frameworks.FrameworkSettings { Checks = new CheckSettings { OverInitialPercent = 130m } },
        };
        Assert.Contains(Checker.Run(Spending(100m, null, 140m, "支出控制在预算范围内。"), framework), f => f.Code == "SPEND-OVER-INITIAL");
    }

    [Fact]
    public void Run_FullMarksOnUnmetGoal_SuspectButNotOnMetOrPartialScore()
    {
        GoalIndicator Goal(decimal actual, decimal score) => new()
        {
            Level1 = "满意度指标", Level2 = "服务对象满意度指标", Name = "服务对象满意度", Operator = IndicatorOperator.AtLeast, Target = 90m, Unit = "%", Actual = actual, Weight = 10m, Score = score, Reason = "问卷回收率低", Measure = "扩大样本",
        };
        CheckSubject With(GoalIndicator g) => Lines() with { Evaluation = Lines().Evaluation with { Goals = [g] } };
        Assert.Single(Checker.Run(With(Goal(85m, 10m))), f => f.Code == "SCORE-FULL-UNMET");
        Assert.DoesNotContain(Checker.Run(With(Goal(92m, 10m))), f => f.Code == "SCORE-FULL-UNMET");
        Assert.DoesNotContain(Checker.Run(With(Goal(85m, 9m))), f => f.Code == "SCORE-FULL-UNMET");
    }

    [Fact]
    public void Run_TotalAboveWhatRowsCanReach_Unreachable()
    {
        var s = Lines() with
        {
            Stated = new StatedFigures
            {
                TotalScore = 98m,
                TotalWeight = 100m,
                ScoreRows = [new StatedScoreRow("甲", 40m, 36m, "r0"), new StatedScoreRow("乙", 30m, null, "r1"), new StatedScoreRow("丙", 20m, 18m, "r2")],
            },
        };

        // 36 + 18 read, 30 unscored, 10 not listed: at most 94.
        var f = Assert.Single(Checker.Run(s), x => x.Code == "SCORE-UNREACHABLE");
        Assert.Contains(f.Evidence, e => e.Label == "最高可能总分" && e.Value == "94");
        Assert.DoesNotContain(Checker.Run(s with { Stated = s.Stated with { TotalScore = 94m } }), x => x.Code == "SCORE-UNREACHABLE");
        Assert.Single(Checker.Run(s with { Stated = s.Stated with { TotalScore = 50m } }), x => x.Code == "SCORE-UNREACHABLE" && x.Message.Contains("已超过", StringComparison.Ordinal));
    }
}
